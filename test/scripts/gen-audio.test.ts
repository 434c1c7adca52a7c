import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MUSIC } from '../../scripts/audio/music.ts';
import { SFX_IDS } from '../../scripts/audio/sfx.ts';
import { parseNotes, stepSamples } from '../../scripts/audio/synth.ts';
import { decodeWav, encodeWav } from '../../scripts/audio/wav.ts';
import {
  AUDIO_DIR,
  MUSIC_SAMPLE_RATE,
  SFX_SAMPLE_RATE,
  generateAudio,
  type AudioManifest,
  type GeneratedAudio,
} from '../../scripts/gen-audio.ts';

const EFFECT_IDS = [
  'menu-move', 'confirm', 'cancel', 'attack', 'hit-hero', 'hit-enemy', 'critical', 'spell', 'heal', 'defend',
  'enemy-death', 'flee', 'stage-clear', 'defeat', 'glitch',
  // Issue 15's events: a status effect landing, an item used, a level-up and a purchase on the Interlude.
  'sleep', 'poison', 'item', 'level-up', 'buy',
] as const;
const LOOP_IDS = ['bgm-title', 'bgm-battle', 'bgm-boss'] as const;
const JINGLE_IDS = ['jingle-victory', 'jingle-defeat'] as const;

const REGENERATE_HINT = 'committed audio is stale: run `npm run gen:audio` and commit assets/audio';

let generated: GeneratedAudio;
let committedManifest: AudioManifest;

function committed(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(AUDIO_DIR, name)));
}

function peakOf(samples: Float32Array): number {
  let peak = 0;
  for (const x of samples) peak = Math.max(peak, Math.abs(x));
  return peak;
}

beforeAll(() => {
  generated = generateAudio();
  committedManifest = JSON.parse(readFileSync(join(AUDIO_DIR, 'manifest.json'), 'utf8')) as AudioManifest;
}, 120_000);

describe('gen-audio: committed assets are current and deterministic', () => {
  it('regenerates byte-identical files', () => {
    const stale: string[] = [];
    for (const [name, bytes] of generated.files) {
      const path = join(AUDIO_DIR, name);
      if (!existsSync(path) || Buffer.compare(Buffer.from(bytes), readFileSync(path)) !== 0) stale.push(name);
    }
    expect(stale, REGENERATE_HINT).toEqual([]);
  });

  it('has no stray audio files beside the generated ones', () => {
    const audioFiles = readdirSync(AUDIO_DIR).filter((f) => /\.(wav|mp3|ogg|m4a|webm)$/i.test(f));
    expect(audioFiles.sort()).toEqual([...generated.files.keys()].filter((f) => f !== 'manifest.json').sort());
  });

  it('restores Math.random after rendering', () => {
    const original = Math.random;
    generateAudio();
    expect(Math.random).toBe(original);
  }, 120_000);

  it('keeps all committed audio under the 1.5 MB budget', () => {
    let total = 0;
    for (const name of readdirSync(AUDIO_DIR)) total += readFileSync(join(AUDIO_DIR, name)).length;
    expect(total).toBeLessThan(1_500_000);
  });
});

describe('gen-audio: manifest', () => {
  it('lists every effect and track the game uses, with the right kind and loop flag', () => {
    for (const id of EFFECT_IDS) expect(committedManifest[id], id).toMatchObject({ kind: 'sfx', loop: false, file: `${id}.wav` });
    for (const id of LOOP_IDS) expect(committedManifest[id], id).toMatchObject({ kind: 'music', loop: true, file: `${id}.wav` });
    for (const id of JINGLE_IDS) expect(committedManifest[id], id).toMatchObject({ kind: 'music', loop: false, file: `${id}.wav` });
    expect(Object.keys(committedManifest).sort()).toEqual([...EFFECT_IDS, ...LOOP_IDS, ...JINGLE_IDS].sort());
    expect([...SFX_IDS].sort()).toEqual([...EFFECT_IDS].sort());
  });

  it('records durations that match the files', () => {
    for (const [id, entry] of Object.entries(committedManifest)) {
      const wav = decodeWav(committed(entry.file));
      expect(wav.channels, id).toBe(1);
      expect(entry.duration, id).toBeCloseTo(wav.samples.length / wav.sampleRate, 3);
    }
  });
});

describe('gen-audio: effects', () => {
  it.each(EFFECT_IDS)('%s is short, mono 22050 Hz, non-silent and centred', (id) => {
    const wav = decodeWav(committed(`${id}.wav`));
    expect(wav.sampleRate).toBe(SFX_SAMPLE_RATE);
    const seconds = wav.samples.length / wav.sampleRate;
    expect(seconds).toBeGreaterThan(0.02);
    expect(seconds).toBeLessThan(2);
    expect(peakOf(wav.samples)).toBeGreaterThan(0.3);
    const mean = wav.samples.reduce((a, b) => a + b, 0) / wav.samples.length;
    expect(Math.abs(mean)).toBeLessThan(0.05); // no DC offset (a thump on speakers)
  });
});

describe('gen-audio: music', () => {
  it.each(LOOP_IDS)('%s loops over a whole number of bars without a seam', (id) => {
    const track = MUSIC[id];
    const wav = decodeWav(committed(`${id}.wav`));
    expect(wav.sampleRate).toBe(MUSIC_SAMPLE_RATE);
    const s = wav.samples;
    expect(s.length).toBe(track.bars * track.stepsPerBar * stepSamples(track, MUSIC_SAMPLE_RATE));
    const seconds = s.length / wav.sampleRate;
    expect(seconds).toBeGreaterThanOrEqual(15);
    expect(seconds).toBeLessThanOrEqual(25);
    expect(peakOf(s)).toBeGreaterThan(0.5);
    // the jump from the last sample back to the first is no bigger than an ordinary step in the music
    const diffs: number[] = [];
    for (let i = 1; i < s.length; i++) diffs.push(Math.abs(s[i]! - s[i - 1]!));
    diffs.sort((a, b) => a - b);
    expect(Math.abs(s[0]! - s[s.length - 1]!)).toBeLessThanOrEqual(diffs[Math.floor(diffs.length * 0.99)]!);
  });

  it.each(JINGLE_IDS)('%s is a one-shot of about 4 s that ends in silence', (id) => {
    const wav = decodeWav(committed(`${id}.wav`));
    const seconds = wav.samples.length / wav.sampleRate;
    expect(seconds).toBeGreaterThan(3);
    expect(seconds).toBeLessThan(6);
    expect(peakOf(wav.samples)).toBeGreaterThan(0.5);
    expect(peakOf(wav.samples.subarray(wav.samples.length - 50))).toBeLessThan(0.02);
  });
});

describe('audio building blocks', () => {
  it('parses note strings with carried lengths and repeats', () => {
    const events = parseNotes('[C4:2 r]x2 | A4:4 Bb3 C#5:8 |', { drums: false, stepsPerBar: 8 });
    expect(events).toEqual([
      { step: 0, len: 2, midi: 60 },
      { step: 4, len: 2, midi: 60 },
      { step: 8, len: 4, midi: 69 },
      { step: 12, len: 4, midi: 58 },
      { step: 16, len: 8, midi: 73 },
    ]);
  });

  it('rejects miscounted bars, wrong totals and bad tokens', () => {
    expect(() => parseNotes('C4:3 |', { drums: false, stepsPerBar: 4 })).toThrow(/bar boundary/);
    expect(() => parseNotes('C4:4', { drums: false, stepsPerBar: 4, totalSteps: 8 })).toThrow(/8/);
    expect(() => parseNotes('X9', { drums: false, stepsPerBar: 4 })).toThrow(/bad token/);
    expect(() => parseNotes('k:4', { drums: false, stepsPerBar: 4 })).toThrow(/drum/);
    expect(() => parseNotes('[C4:4', { drums: false, stepsPerBar: 4 })).toThrow(/unclosed/);
  });

  it('round-trips WAV samples', () => {
    const samples = [0, 0.5, -0.5, 0.99, -1];
    for (const bits of [8, 16] as const) {
      const wav = decodeWav(encodeWav(samples, 8000, bits));
      expect(wav.sampleRate).toBe(8000);
      expect(wav.bitsPerSample).toBe(bits);
      wav.samples.forEach((x, i) => expect(x).toBeCloseTo(samples[i]!, 1));
    }
  });
});
