import { readFileSync } from 'node:fs';
import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import * as kit from '../../../src/core/kit';
import { forgetLinkedCode, linkedCode, rememberLinkedCode } from '../../../src/game/playground/linked-code';
import { KIT_HINTS, hintFor, kitCompletionSource, wordAt } from '../../../src/game/playground/kit-hints';

const KIT_TS = readFileSync(new URL('../../../src/core/kit.ts', import.meta.url), 'utf8');

async function complete(doc: string, explicit = false): Promise<CompletionResult | null> {
  const state = EditorState.create({ doc });
  return kitCompletionSource('en')(new CompletionContext(state, doc.length, explicit)) as Promise<CompletionResult | null> | CompletionResult | null;
}

describe('kit hints', () => {
  it('has a hint for every function and type the kit exports', () => {
    const types = /export type \{([^}]*)\}/.exec(KIT_TS)![1]!.split(',').map((s) => s.trim()).filter(Boolean);
    for (const name of [...Object.keys(kit), ...types]) expect(hintFor(name), name).toBeDefined();
    // The Action fields and the yielded status a monster writes.
    for (const name of ['kind', 'target', 'hits', 'spell', 'hp', 'act', 'maxHp', 'foes']) expect(hintFor(name), name).toBeDefined();
  });

  it('every hint says it in both languages', () => {
    for (const h of KIT_HINTS) {
      expect(h.info.en.length, h.label).toBeGreaterThan(0);
      expect(h.info.ja.length, h.label).toBeGreaterThan(0);
      expect(h.detail).toContain(h.label === 'create' ? 'create' : h.label);
    }
  });

  it('completes a word being typed, with its signature', async () => {
    const result = await complete('  received = yield { hp, act: att');
    expect(result).not.toBeNull();
    const attack = result!.options.find((o) => o.label === 'attack');
    expect(attack?.detail).toMatch(/^attack\(options\?/);
    expect(result!.from).toBe('  received = yield { hp, act: '.length);
    expect((await complete('hp = hurt'))!.options.map((o) => o.label)).toContain('hurtOrHeal');
  });

  it('finds the word under the pointer for the hover', () => {
    expect(wordAt('hp = hurtOrHeal(hp, received, stats.maxHp);', 8)).toEqual({ from: 5, to: 15, word: 'hurtOrHeal' });
    expect(wordAt('  (  )', 3)).toBeNull();
    expect(hintFor('hurtOrHeal')?.detail).toContain('received: Received');
    expect(hintFor('notAKitName')).toBeUndefined();
  });
});

describe('linked code', () => {
  it('keeps what a link ran for this page, until forgotten', () => {
    rememberLinkedCode({ 'slime.ts': 'a' });
    expect(linkedCode().get('slime.ts')).toBe('a');
    forgetLinkedCode('slime.ts');
    expect(linkedCode().has('slime.ts')).toBe(false);
  });
});
