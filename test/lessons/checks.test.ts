// Every chapter's challenge, checked from what the code does: the shipped solution passes and the
// starting code (the wrong answer) fails with a message, both run through the playground's sandbox.
import { newQuickJSWASMModuleFromVariant, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import variant from '@jitl/quickjs-wasmfile-release-sync';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHAPTER_IDS, CHECKS, type ChapterId } from '../../src/lessons/checks.ts';
import { compileLesson } from '../../src/game/lessons/sandbox-start.ts';

let quickjs: QuickJSWASMModule;
beforeAll(async () => {
  quickjs = await newQuickJSWASMModuleFromVariant(variant);
});

const source = (id: ChapterId, which: 'start' | 'solution') => readFileSync(new URL(`../../src/lessons/challenges/${id}.${which}.ts`, import.meta.url), 'utf8');

async function check(id: ChapterId, text: string) {
  const compiled = compileLesson(quickjs, text, `${id}.ts`);
  if (!compiled.ok) throw new Error(compiled.message);
  return { outcome: await CHECKS[id](compiled.code.start), line: compiled.code.lastLine() };
}

describe('lesson challenges', () => {
  for (const id of CHAPTER_IDS) {
    it(`${id}: the solution passes, the starting code does not`, async () => {
      const good = await check(id, source(id, 'solution'));
      expect(good.outcome, good.outcome.en).toMatchObject({ ok: true });
      const bad = await check(id, source(id, 'start'));
      expect(bad.outcome.ok).toBe(false);
      expect(bad.outcome.en.length).toBeGreaterThan(10);
      expect(bad.outcome.ja.length).toBeGreaterThan(5);
    });
  }

  it('send: the wrong answer is named by the call that went wrong', async () => {
    const bad = await check('send', source('send', 'start'));
    expect(bad.outcome.en).toMatch(/^next\(0\) should give yield 0, it gave yield 4/);
    expect(bad.outcome.calls.at(-1)).toBe('next(0) → yield 4');
  });

  it('async: one after the other takes 30, together 20', async () => {
    expect((await check('async', source('async', 'start'))).outcome.en).toMatch(/took 30/);
    expect((await check('async', source('async', 'solution'))).outcome.calls).toEqual(['t=0 hoimi: start', 't=0 gira: start', 't=10 hoimi: done', 't=20 gira: done']);
  });

  it('records the yield line each resume stopped at', async () => {
    const { line } = await check('generator', source('generator', 'solution'));
    expect(line).toBe(source('generator', 'solution').split('\n').findIndex((l) => l.includes('yield i')) + 1);
  });

  it('a syntax error and a throw are clear messages, not crashes', async () => {
    const broken = compileLesson(quickjs, 'export default function* f() { yield ( }', 'send.ts');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.place?.line).toBe(1);
    const thrower = compileLesson(quickjs, "export default function* f() { throw new Error('boom'); }", 'send.ts');
    if (!thrower.ok) throw new Error(thrower.message);
    const outcome = await CHECKS.send(thrower.code.start);
    expect(outcome).toMatchObject({ ok: false, en: 'Error: Error: boom (at send.ts:1:48)' }); // the sandbox names the learner's line (playground fault marks)
    const bad = compileLesson(quickjs, "export default function* f() { yield { nap: 1 }; }", 'async.ts');
    if (!bad.ok) throw new Error(bad.message);
    expect((await CHECKS.async(bad.code.start)).en).toMatch(/^Error: TypeError: yield \{ sleep/);
  });
});
