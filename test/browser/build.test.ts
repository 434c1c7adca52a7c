// What the builds contain: the game build (dist/) ships no test fixture and carries a strict
// Content-Security-Policy; the test build (dist-test/) has the fixtures.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every text file of a build, concatenated (the PNGs, sounds and fonts cannot hold source text). */
function buildText(dir: string): string {
  const files = readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|html|css|json|map)$/.test(f));
  expect(files.length).toBeGreaterThan(1);
  return files.map((f) => readFileSync(join(ROOT, dir, f), 'utf8')).join('\n');
}

/** Strings that exist only in the fault fixtures (test/fixtures/combatants, test/fixtures/bad-files). */
const FIXTURE_ONLY = ['tripped before the first yield', 'turn 3 is out of range', 'explodes-on-import blew up while loading', 'ねらいはずれ', 'むげんループ'];

/** Names and texts that exist only in the test API (testing/test-api.ts, bench-hooks.ts) and battle/stress.ts. */
const TEST_API_ONLY = ['sendCommand', 'eventsJson', 'autoBattles', 'stress mode needs the hero', 'stress: command refused'];

describe('builds', () => {
  it('the game build ships no fault fixture; the test build has them all', () => {
    const game = buildText('dist');
    for (const s of FIXTURE_ONLY) expect(game.includes(s), `dist/ contains ${JSON.stringify(s)}`).toBe(false);
    expect(game).not.toMatch(/fixtures\/combatants|fixtures\/bad-files/);
    const test = buildText('dist-test');
    for (const s of FIXTURE_ONLY) expect(test.includes(s), `dist-test/ lacks ${JSON.stringify(s)}`).toBe(true);
  });

  it('the game build ships window.__game without its mutators, stress mode or bench hooks; the test build has them', () => {
    const game = buildText('dist');
    const test = buildText('dist-test');
    for (const s of TEST_API_ONLY) {
      expect(game.includes(s), `dist/ contains ${JSON.stringify(s)}`).toBe(false);
      expect(test.includes(s), `dist-test/ lacks ${JSON.stringify(s)}`).toBe(true);
    }
  });

  it('dist/index.html has the Content-Security-Policy meta and no inline script', () => {
    const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    const policy = meta![1]!.replace(/&#39;/g, "'");
    const directives = new Map(policy.split(/;\s*/).map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    // 'wasm-unsafe-eval' compiles the playground's QuickJS sandbox; nothing else (README, "Playground").
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('style-src')?.[0]).toBe("'self'");
    expect(directives.get('style-src')?.slice(1).every((s) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(s))).toBe(true);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives.get('media-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives.get('font-src')).toEqual(["'self'", 'data:']);
    expect(policy).not.toMatch(/(?<!wasm-)unsafe-eval|unsafe-inline|\*/);
    // The meta comes before every script and stylesheet, so it governs them all.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.search(/<script|<link rel="stylesheet"|<style/));
    for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body!.trim()).toBe('');
    }
  });
  // That the built game runs under the policy (no 'Refused to …', no securitypolicyviolation event)
  // is checked where a battle with the overlay is open anyway: bad-input.test.ts, and every browser
  // test fails on a console error, which is what a CSP violation is.
});
