import { describe, expect, it } from 'vitest';
import { spokenNotice } from '../../../src/game/a11y/spoken-notice.ts';

describe('spoken notices', () => {
  it('read a plain bad value out, and only name the parameter of one with markup or punctuation', () => {
    expect(spokenNotice('?seed="abc" ignored: expected an integer 0–2147483647')).toBe('?seed="abc" ignored: expected an integer 0–2147483647');
    expect(spokenNotice('?lang="<script>alert(1)</script>" ignored: expected ja or en')).toBe('?lang=… ignored: expected ja or en');
    expect(spokenNotice('?enemy="../../x" は つかいません: x')).toBe('?enemy=… は つかいません: x');
    expect(spokenNotice('?seed="<img src=x onerror=alert(2)>" ignored: y')).not.toContain('alert');
    expect(spokenNotice('Image slime is missing; using a stand-in')).toBe('Image slime is missing; using a stand-in');
  });
});
