import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUSIC_IDS, SFX_IDS, SOUND_TABLE, soundFor, type SoundEvent } from '../../../src/game/audio/sound-map.ts';

const manifest = JSON.parse(readFileSync(new URL('../../../assets/audio/manifest.json', import.meta.url), 'utf8')) as Record<
  string,
  { kind: string; loop: boolean }
>;

describe('soundFor', () => {
  it.each<[SoundEvent, string | null]>([
    [{ type: 'battleStart' }, null],
    [{ type: 'turnStart' }, null],
    [{ type: 'resume' }, null],
    [{ type: 'action', act: { kind: 'attack' } }, 'attack'],
    [{ type: 'action', act: { kind: 'spell', spell: 'hoimi' } }, 'spell'],
    [{ type: 'action', act: { kind: 'spell', spell: 'gira' } }, 'spell'],
    [{ type: 'action', act: { kind: 'defend' } }, null],
    [{ type: 'action', act: { kind: 'flee' } }, null],
    [{ type: 'action', act: { kind: 'wait' } }, null],
    [{ type: 'damage', side: 'hero' }, 'hit-hero'],
    [{ type: 'damage', side: 'enemy' }, 'hit-enemy'],
    [{ type: 'damage', targetSide: 'enemy' }, 'hit-enemy'],
    [{ type: 'damage', side: 'enemy', critical: true }, 'critical'],
    [{ type: 'damage', side: 'hero', critical: true }, 'critical'],
    [{ type: 'damage', side: 'enemy', critical: false }, 'hit-enemy'],
    [{ type: 'heal' }, 'heal'],
    [{ type: 'defend' }, 'defend'],
    [{ type: 'flee', ok: true }, 'flee'],
    [{ type: 'flee', ok: false }, 'cancel'],
    [{ type: 'death', side: 'enemy' }, 'enemy-death'],
    [{ type: 'death', side: 'hero' }, 'defeat'],
    [{ type: 'fault' }, 'glitch'],
    [{ type: 'battleEnd', outcome: 'victory' }, 'jingle-victory'],
    [{ type: 'battleEnd', outcome: 'defeat' }, 'jingle-defeat'],
    [{ type: 'battleEnd', outcome: 'fled' }, null],
    [{ type: 'battleEnd', outcome: 'escaped' }, null],
    [{ type: 'battleEnd', outcome: 'draw' }, null],
  ])('%j -> %s', (event, expected) => {
    expect(soundFor(event)).toBe(expected);
  });

  it('accepts the richer real events structurally (extra fields are ignored)', () => {
    const damage = { type: 'damage', target: 'slime#1', amount: 7, critical: false, side: 'enemy' as const, turn: 3 };
    expect(soundFor(damage)).toBe('hit-enemy');
  });

  it('is silent for unknown or malformed events', () => {
    expect(soundFor({ type: 'somethingNew' })).toBeNull();
    expect(soundFor({ type: 'action' })).toBeNull();
    expect(soundFor({ type: 'action', act: null })).toBeNull();
    expect(soundFor({ type: 'action', act: { kind: 'dance' } })).toBeNull();
    expect(soundFor({ type: 'damage' })).toBeNull();
    expect(soundFor({ type: 'damage', side: 'neutral' })).toBeNull();
    expect(soundFor({ type: 'death' })).toBeNull();
    expect(soundFor({ type: 'battleEnd' })).toBeNull();
    expect(soundFor({ type: 'battleEnd', outcome: 'toString' })).toBeNull();
    expect(soundFor({ type: 'constructor' })).toBeNull();
    expect(soundFor({ type: '__proto__' })).toBeNull();
    expect(soundFor(null)).toBeNull();
    expect(soundFor(undefined)).toBeNull();
    expect(soundFor({ type: 42 } as unknown as SoundEvent)).toBeNull();
  });
});

describe('sound ids match the generated manifest', () => {
  it('every sound the table can produce exists in assets/audio/manifest.json', () => {
    for (const id of Object.values(SOUND_TABLE)) {
      if (id !== null) expect(manifest[id], id).toBeDefined();
    }
  });

  it('SFX_IDS and MUSIC_IDS are exactly the manifest entries of each kind', () => {
    const byKind = (kind: string): string[] =>
      Object.entries(manifest)
        .filter(([, e]) => e.kind === kind)
        .map(([id]) => id)
        .sort();
    expect([...SFX_IDS].sort()).toEqual(byKind('sfx'));
    expect([...MUSIC_IDS].sort()).toEqual(byKind('music'));
  });
});

describe('issue 15 sounds', () => {
  it.each<[SoundEvent, string | null]>([
    [{ type: 'effect', effect: 'sleep', on: true }, 'sleep'],
    [{ type: 'effect', effect: 'sleep', on: false }, 'confirm'],
    [{ type: 'effect', effect: 'poison', on: true }, 'poison'],
    [{ type: 'effect', effect: 'poison', on: false }, 'heal'],
    [{ type: 'effect', effect: 'guard', on: true }, 'defend'],
    [{ type: 'effect', effect: 'guard', on: false }, null],
    [{ type: 'damage', side: 'hero', source: 'poison' }, 'poison'],
    [{ type: 'skipTurn' }, null],
    [{ type: 'item' }, 'item'],
  ])('%j → %s', (event, id) => {
    expect(soundFor(event)).toBe(id);
  });

  it('has a generated file for each new effect sound', () => {
    for (const id of ['sleep', 'poison', 'item', 'level-up', 'buy']) expect(manifest[id]).toMatchObject({ kind: 'sfx', loop: false });
  });
});
