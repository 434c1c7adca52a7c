/**
 * Music for Coroutine Quest, as note strings (syntax: see parseNotes in ./synth.ts).
 * Steps are 16th notes: 1 = 16th, 2 = 8th, 3 = dotted 8th, 4 = quarter, 6 = dotted quarter,
 * 8 = half, 12 = dotted half, 16 = whole. Every "|" is checked to fall on a bar line.
 *
 * Loops end on a chord that leads back into bar 1 and render an exact number of bars; the
 * release of the last notes wraps onto the start, so the loop point is seamless.
 * All melodies are original.
 */
import type { Envelope, TrackSpec, VoiceSpec } from './synth.ts';

export type MusicId = 'bgm-title' | 'bgm-battle' | 'bgm-boss' | 'jingle-victory' | 'jingle-defeat';

// Envelopes shared by the tracks.
const LEAD: Envelope = { attackMs: 4, decayMs: 120, sustain: 0.65, releaseMs: 40, gate: 0.92 };
const LEAD_SOFT: Envelope = { attackMs: 12, decayMs: 200, sustain: 0.7, releaseMs: 90, gate: 0.95 };
const STAB: Envelope = { attackMs: 2, decayMs: 60, sustain: 0.35, releaseMs: 25, gate: 0.55 };
const ARP: Envelope = { attackMs: 2, decayMs: 40, sustain: 0.5, releaseMs: 15, gate: 0.8 };
const BASS: Envelope = { attackMs: 3, decayMs: 30, sustain: 0.9, releaseMs: 20, gate: 0.85 };
const BASS_LEGATO: Envelope = { attackMs: 4, decayMs: 40, sustain: 0.9, releaseMs: 60, gate: 0.97 };
const JINGLE: Envelope = { attackMs: 4, decayMs: 150, sustain: 0.7, releaseMs: 220, gate: 0.9 };
const VIBRATO = { delayMs: 160, rateHz: 5.5, semitones: 0.18 };

function pulse(duty: number, volume: number, env: Envelope, notes: string, vibrato?: VoiceSpec['vibrato']): VoiceSpec {
  return vibrato ? { wave: 'pulse', duty, volume, env, vibrato, notes } : { wave: 'pulse', duty, volume, env, notes };
}
function triangle(volume: number, env: Envelope, notes: string): VoiceSpec {
  return { wave: 'triangle', volume, env, notes };
}
function drums(volume: number, notes: string): VoiceSpec {
  return { wave: 'drums', volume, notes };
}

/** Title: a stately C-major march, 100 BPM, 8 bars (19.2 s). */
const title: TrackSpec = {
  bpm: 100,
  stepsPerBar: 16,
  bars: 8,
  loop: true,
  peak: 0.85,
  voices: [
    pulse(0.25, 0.26, LEAD_SOFT, `
      C5:4 G4:3 G4:1 C5:4 E5:4 | F5:6 E5:2 D5:4 C5:4 |
      D5:3 D5:1 E5:2 F5:2 G5:4 D5:4 | E5:6 D5:2 C5:4 A4:4 |
      A4:3 A4:1 C5:2 F5:2 A5:6 G5:2 | G5:4 F5:2 E5:2 D5:8 |
      E5:3 E5:1 G5:2 E5:2 C5:4 A4:4 | D5:4 F5:4 B4:2 C5:2 D5:4 |`, VIBRATO),
    pulse(0.5, 0.11, STAB, `
      E4:4 G4 E4 G4 | F4 A4 F4 A4 | G4 B4 G4 B4 | G4 C5 A4 C5 |
      A4 C5 A4 C5 | B4 D5 B4 G4 | G4 B4 A4 C5 | F4 A4 G4 B4 |`),
    triangle(0.34, BASS, `
      C3:4 G2 C3 G2 | F2 C3 F2 C3 | G2 D3 G2 D3 | E2 G2 A2 E2 |
      F2 C3 F2 A2 | G2 D3 G2 B2 | E2 B2 A2 E2 | D3 A2 G2 G2:2 B2:2 |`),
    drums(0.2, `
      [k:4 h s h]x7 | k:4 s:2 s:2 s:1 s:1 s:2 s:2 s:2 |`),
  ],
};

/** Battle: driving A minor, 160 BPM, 12 bars (18 s). */
const battle: TrackSpec = {
  bpm: 160,
  stepsPerBar: 16,
  bars: 12,
  loop: true,
  peak: 0.85,
  voices: [
    pulse(0.25, 0.24, LEAD, `
      r:2 A4:2 C5:2 E5:2 A5:4 G5:2 E5:2 | F5:3 E5:3 D5:2 E5:8 |
      r:2 F4:2 A4:2 C5:2 F5:4 E5:2 C5:2 | D5:3 C5:3 B4:2 D5:8 |
      r:2 A4:2 C5:2 E5:2 A5:4 B5:2 C6:2 | B5:3 A5:3 G5:2 A5:8 |
      F5:2 G5:2 A5:2 F5:2 C6:4 A5:4 | G#5:6 E5:2 B4:8 |
      D5:2 F5:2 A5:2 D5:2 C6:3 A5:3 F5:2 | E5:2 G5:2 B5:2 E5:2 D6:3 B5:3 G5:2 |
      C6:4 A5:4 B5:4 G5:4 | G#5:2 A5:2 B5:2 C6:2 B5:2 A5:2 G#5:2 E5:2 |`, VIBRATO),
    pulse(0.125, 0.12, STAB, `
      [r:2 C5:2]x4 | [r:2 C5:2]x4 | [r:2 A4:2]x4 | [r:2 B4:2]x4 |
      [r:2 E5:2]x4 | [r:2 E5:2]x4 | [r:2 C5:2]x4 | [r:2 G#4:2]x4 |
      [r:2 F4:2]x4 | [r:2 G4:2]x4 | [r:2 A4:2]x2 [r:2 B4:2]x2 | [r:2 G#4:2]x4 |`),
    triangle(0.36, BASS, `
      [A2:2 A3:2]x4 | [A2:2 A3:2]x4 | [F2:2 F3:2]x4 | [G2:2 G3:2]x4 |
      [A2:2 A3:2]x4 | [A2:2 A3:2]x4 | [F2:2 F3:2]x4 | [E2:2 E3:2]x4 |
      [D2:2 D3:2]x4 | [E2:2 E3:2]x4 | [F2:2 F3:2]x2 [G2:2 G3:2]x2 | [E2:2 E3:2]x4 |`),
    drums(0.22, `
      [k:2 h:2 s:2 h:2 k:2 k:2 s:2 h:2]x11 |
      s:1 s:1 s:2 s:1 s:1 s:2 s:2 s:2 s:1 s:1 s:2 |`),
  ],
};

/** Boss: D minor with chromatic tension over a pounding pedal bass, 150 BPM, 10 bars (16 s). */
const boss: TrackSpec = {
  bpm: 150,
  stepsPerBar: 16,
  bars: 10,
  loop: true,
  peak: 0.85,
  voices: [
    pulse(0.5, 0.2, LEAD_SOFT, `
      D5:6 A4:2 D5:4 F5:4 | E5:6 D5:2 C#5:8 |
      D5:6 Bb4:2 D5:4 F5:4 | E5:8 C#5:4 A4:4 |
      D5:6 A4:2 D5:4 A5:4 | G#5:6 A5:2 F5:8 |
      G5:6 F5:2 Eb5:4 Bb4:4 | C#5:8 E5:8 |
      D5:4 G5:4 F5:4 D5:4 | E5:4 F5:2 E5:2 C#5:4 A4:4 |`, { delayMs: 220, rateHz: 5, semitones: 0.25 }),
    pulse(0.125, 0.1, ARP, `
      [F4:1 A4:1 D5:1 A4:1]x4 | [F4:1 A4:1 D5:1 A4:1]x4 |
      [F4:1 Bb4:1 D5:1 Bb4:1]x4 | [E4:1 A4:1 C#5:1 A4:1]x4 |
      [F4:1 A4:1 D5:1 A4:1]x4 | [F4:1 A4:1 D5:1 A4:1]x4 |
      [G4:1 Bb4:1 Eb5:1 Bb4:1]x4 | [E4:1 A4:1 C#5:1 A4:1]x4 |
      [G4:1 Bb4:1 D5:1 Bb4:1]x2 [F4:1 Bb4:1 D5:1 Bb4:1]x2 | [E4:1 A4:1 C#5:1 A4:1]x4 |`),
    triangle(0.38, BASS, `
      D2:2 D2 D3 D2 D2 C3 D2 A2 | D2 D2 D3 D2 D2 C3 D2 A2 |
      Bb1 Bb1 Bb2 Bb1 Bb1 A2 Bb1 F2 | A1 A1 A2 A1 A1 G2 A1 E2 |
      D2 D2 D3 D2 D2 C3 D2 A2 | D2 D2 D3 D2 D2 C3 D2 A2 |
      Eb2 Eb2 Eb3 Eb2 Eb2 D3 Eb2 Bb2 | A1 A1 A2 A1 A1 G2 A1 E2 |
      G2 G2 G3 G2 Bb1 Bb1 Bb2 Bb1 | A1 A2 A1 A2 C#3 E3 G3 A3 |`),
    drums(0.22, `
      [k:2 k:2 s:4 k:2 h:2 s:4]x9 |
      s:2 s:2 s:1 s:1 s:2 s:1 s:1 s:1 s:1 s:2 s:2 |`),
  ],
};

/** Victory fanfare: C major, 120 BPM, 2 bars plus a ring-out (about 4.4 s). One-shot. */
const victory: TrackSpec = {
  bpm: 120,
  stepsPerBar: 16,
  bars: 2,
  loop: false,
  tailMs: 400,
  peak: 0.85,
  voices: [
    pulse(0.25, 0.26, JINGLE, `
      G4:2 C5:2 E5:2 G5:2 E5:1 G5:1 r:2 C6:4 | B5:2 A5:1 B5:1 C6:12 |`, VIBRATO),
    pulse(0.5, 0.13, JINGLE, `
      E4:2 G4:2 C5:2 E5:2 C5:1 E5:1 r:2 E5:4 | D5:2 F5:1 D5:1 E5:12 |`),
    triangle(0.36, BASS_LEGATO, `
      C3:4 C3:4 G2:4 C3:4 | G2:4 C3:12 |`),
    drums(0.2, `
      s:1 s:1 s:2 r:4 s:1 s:1 s:2 k:4 | s:1 s:1 s:1 s:1 k:12 |`),
  ],
};

/** Defeat: a slow chromatic descent in A minor, 120 BPM, 2 bars plus a ring-out (about 4.4 s). One-shot. */
const defeat: TrackSpec = {
  bpm: 120,
  stepsPerBar: 16,
  bars: 2,
  loop: false,
  tailMs: 400,
  peak: 0.8,
  voices: [
    pulse(0.5, 0.22, LEAD_SOFT, `
      E5:4 D#5:4 D5:4 C#5:4 | C5:4 B4:2 G#4:2 A4:8 |`, { delayMs: 250, rateHz: 4.5, semitones: 0.3 }),
    pulse(0.25, 0.11, LEAD_SOFT, `
      C5:8 A4:8 | F4:4 E4:4 E4:8 |`),
    triangle(0.38, BASS_LEGATO, `
      A2:8 F2:8 | D2:4 E2:4 A1:8 |`),
    drums(0.15, `
      r:16 | r:8 k:8 |`),
  ],
};

export const MUSIC: Readonly<Record<MusicId, TrackSpec>> = {
  'bgm-title': title,
  'bgm-battle': battle,
  'bgm-boss': boss,
  'jingle-victory': victory,
  'jingle-defeat': defeat,
};

export const MUSIC_IDS = Object.keys(MUSIC) as MusicId[];
