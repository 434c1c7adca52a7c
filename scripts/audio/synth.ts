/**
 * Deterministic audio renderers used by scripts/gen-audio.ts:
 *
 *  - a tiny NES-flavoured chiptune renderer: note strings -> PCM (pulse, triangle and drum voices,
 *    simple envelopes, integer sample timing so loops are an exact whole number of bars);
 *  - a wrapper around jsfxr that renders one parameter set with Math.random swapped for a seeded PRNG.
 *
 * Nothing here reads the clock or an unseeded random source, so the same input always gives the same
 * samples (and therefore the same WAV bytes).
 */
import { createRequire } from 'node:module';

// ---------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------

/** mulberry32: a small, fast 32-bit PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Run fn with Math.random replaced by a seeded PRNG; the original is always restored. */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

// ---------------------------------------------------------------------------------------------
// jsfxr
// ---------------------------------------------------------------------------------------------

/** The jsfxr parameters (slider values, mostly 0..1; "signed" ones -1..1). See node_modules/jsfxr/sfxr.js. */
export interface JsfxrParams {
  /** 0 square, 1 sawtooth, 2 sine, 3 noise */
  wave_type: 0 | 1 | 2 | 3;
  p_env_attack: number;
  p_env_sustain: number;
  p_env_punch: number;
  p_env_decay: number;
  p_base_freq: number;
  p_freq_limit: number;
  p_freq_ramp: number;
  p_freq_dramp: number;
  p_vib_strength: number;
  p_vib_speed: number;
  p_arp_mod: number;
  p_arp_speed: number;
  p_duty: number;
  p_duty_ramp: number;
  p_repeat_speed: number;
  p_pha_offset: number;
  p_pha_ramp: number;
  p_lpf_freq: number;
  p_lpf_ramp: number;
  p_lpf_resonance: number;
  p_hpf_freq: number;
  p_hpf_ramp: number;
  sound_vol: number;
  sample_rate: number;
  sample_size: number;
}

interface JsfxrModule {
  Params: new () => JsfxrParams;
  SoundEffect: new (params: JsfxrParams) => {
    getRawBuffer(): { normalized: number[]; clipped: number };
  };
}

let jsfxrModule: JsfxrModule | null = null;
function loadJsfxr(): JsfxrModule {
  // jsfxr ships no type declarations; load its CommonJS build and describe the part we use.
  jsfxrModule ??= createRequire(import.meta.url)('jsfxr') as JsfxrModule;
  return jsfxrModule;
}

/**
 * Render one jsfxr sound. `params` overrides jsfxr's defaults (new Params()); the output rate must
 * divide 44100 (jsfxr synthesises at 44100 Hz and averages down).
 */
export function renderJsfxr(params: Partial<JsfxrParams>, sampleRate: number, seed: number): Float32Array {
  if (44100 % sampleRate !== 0) throw new Error(`jsfxr sample rate must divide 44100, got ${sampleRate}`);
  const { Params, SoundEffect } = loadJsfxr();
  const p = new Params();
  Object.assign(p, params, { sample_rate: sampleRate, sample_size: 16 });
  const raw = withSeededRandom(seed, () => new SoundEffect(p).getRawBuffer());
  const out = Float32Array.from(raw.normalized);
  for (let i = 0; i < out.length; i++) {
    if (!Number.isFinite(out[i]!)) throw new Error(`jsfxr produced a non-finite sample at ${i}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Note strings
// ---------------------------------------------------------------------------------------------

/*
 * Note-string syntax (one string per voice, whitespace separated):
 *
 *   C4:4    note C in octave 4 (middle C, MIDI 60) lasting 4 steps; steps are 16th notes
 *   F#5:2   sharps with '#', flats with 'b' (Bb3); length carries over: "C5:2 D5 E5" = three 8ths
 *   r:4     rest
 *   k s h   drum hits (drum voices only): kick, snare, closed hat; "r" rests there too
 *   |       bar line: checked, must fall on a bar boundary (catches miscounted bars)
 *   [ ... ]x4   repeat the bracketed tokens 4 times (may nest)
 */

export type DrumKind = 'k' | 's' | 'h';

export interface NoteEvent {
  /** Start, in steps from the beginning of the track. */
  step: number;
  /** Length in steps. */
  len: number;
  /** MIDI note number for tonal voices. */
  midi?: number;
  /** Drum kind for drum voices. */
  drum?: DrumKind;
}

const NOTE_BASE: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };

function tokenize(src: string): string[] {
  return src.match(/\[|\]x\d+|\||[^\s[\]|]+/g) ?? [];
}

/** Expand [ ... ]xN repeats into a flat token list. */
function expandRepeats(tokens: string[], context: string): string[] {
  const stack: string[][] = [[]];
  for (const tok of tokens) {
    if (tok === '[') {
      stack.push([]);
    } else if (tok.startsWith(']x')) {
      const body = stack.pop();
      const parent = stack[stack.length - 1];
      if (!body || !parent) throw new Error(`${context}: unmatched "${tok}"`);
      const times = Number(tok.slice(2));
      if (!Number.isInteger(times) || times < 1) throw new Error(`${context}: bad repeat count "${tok}"`);
      for (let i = 0; i < times; i++) parent.push(...body);
    } else {
      stack[stack.length - 1]!.push(tok);
    }
  }
  if (stack.length !== 1) throw new Error(`${context}: unclosed "["`);
  return stack[0]!;
}

/**
 * Parse a voice's note string into events. Validates bar lines against stepsPerBar and, when
 * totalSteps is given, that the voice fills exactly that many steps.
 */
export function parseNotes(
  src: string,
  opts: { drums: boolean; stepsPerBar: number; totalSteps?: number; context?: string },
): NoteEvent[] {
  const context = opts.context ?? 'notes';
  const events: NoteEvent[] = [];
  let step = 0;
  let len = 4;
  for (const tok of expandRepeats(tokenize(src), context)) {
    if (tok === '|') {
      if (step % opts.stepsPerBar !== 0) {
        throw new Error(`${context}: bar line at step ${step} is not on a bar boundary (bar = ${opts.stepsPerBar})`);
      }
      continue;
    }
    const m = /^(r|[ksh]|[A-G][#b]?-?\d)(?::(\d+))?$/.exec(tok);
    if (!m) throw new Error(`${context}: bad token "${tok}"`);
    if (m[2] !== undefined) {
      len = Number(m[2]);
      if (len < 1) throw new Error(`${context}: zero length in "${tok}"`);
    }
    const head = m[1]!;
    if (head === 'r') {
      // rest
    } else if (head === 'k' || head === 's' || head === 'h') {
      if (!opts.drums) throw new Error(`${context}: drum "${tok}" in a tonal voice`);
      events.push({ step, len, drum: head });
    } else {
      if (opts.drums) throw new Error(`${context}: note "${tok}" in a drum voice`);
      const nm = /^([A-G])([#b]?)(-?\d)$/.exec(head)!;
      const acc = nm[2] === '#' ? 1 : nm[2] === 'b' ? -1 : 0;
      const midi = 12 * (Number(nm[3]) + 1) + NOTE_BASE[nm[1]!]! + acc;
      events.push({ step, len, midi });
    }
    step += len;
  }
  if (opts.totalSteps !== undefined && step !== opts.totalSteps) {
    throw new Error(`${context}: voice lasts ${step} steps, track needs ${opts.totalSteps}`);
  }
  return events;
}

// ---------------------------------------------------------------------------------------------
// Chiptune renderer
// ---------------------------------------------------------------------------------------------

export interface Envelope {
  /** Linear rise from 0 to 1. */
  attackMs: number;
  /** Linear fall from 1 to `sustain`. */
  decayMs: number;
  /** Level held until the gate closes (0..1). */
  sustain: number;
  /** Linear fall to 0 after the gate closes. */
  releaseMs: number;
  /** Fraction of the written note length the gate stays open (0..1]; < 1 gives staccato. */
  gate: number;
}

export interface VoiceSpec {
  /** 'pulse' (NES square, with duty), 'triangle' (NES 4-bit stepped triangle) or 'drums' (k/s/h). */
  wave: 'pulse' | 'triangle' | 'drums';
  /** Pulse duty cycle: 0.125, 0.25 or 0.5. */
  duty?: number;
  /** Linear gain of this voice in the mix. */
  volume: number;
  /** Tonal voices only. */
  env?: Envelope;
  /** Optional delayed vibrato for tonal voices. */
  vibrato?: { delayMs: number; rateHz: number; semitones: number };
  /** Note string, see parseNotes. */
  notes: string;
}

export interface TrackSpec {
  bpm: number;
  /** Steps (16th notes) per bar: 16 for 4/4, 12 for 3/4. */
  stepsPerBar: number;
  bars: number;
  /** Loops render an exact whole number of bars; sound past the end wraps onto the start. */
  loop: boolean;
  /** One-shots only: extra time after the last bar for the final notes to ring out. */
  tailMs?: number;
  /** Peak level the finished mix is scaled to. */
  peak: number;
  voices: VoiceSpec[];
}

/** Sub-samples per output sample; waveforms are box-filtered over them to tame aliasing. */
const OVERSAMPLE = 8;

export function midiToHz(midi: number): number {
  return 440 * Math.pow(2, (midi - 69) / 12);
}

/** Samples per step (16th note), rounded so that every note starts on an integer sample. */
export function stepSamples(track: Pick<TrackSpec, 'bpm'>, sampleRate: number): number {
  return Math.round((sampleRate * 60) / track.bpm / 4);
}

/** Total length in samples of a rendered track (bars plus, for one-shots, the tail). */
export function trackLength(track: TrackSpec, sampleRate: number): number {
  const body = track.bars * track.stepsPerBar * stepSamples(track, sampleRate);
  return track.loop ? body : body + Math.round(((track.tailMs ?? 0) * sampleRate) / 1000);
}

function envLevel(env: Envelope, i: number, gateLen: number, rate: number): number {
  const a = (env.attackMs * rate) / 1000;
  const d = (env.decayMs * rate) / 1000;
  const r = (env.releaseMs * rate) / 1000;
  const held = (k: number): number => {
    if (k < a) return k / a;
    if (k < a + d) return 1 - (1 - env.sustain) * ((k - a) / d);
    return env.sustain;
  };
  if (i < gateLen) return held(i);
  const atGate = held(gateLen);
  const t = i - gateLen;
  return t < r ? atGate * (1 - t / r) : 0;
}

/** 15-bit NES-style LFSR noise source; returns +-1. */
function lfsr(): () => number {
  let reg = 1;
  return () => {
    const bit = (reg ^ (reg >> 1)) & 1;
    reg = (reg >> 1) | (bit << 14);
    return reg & 1 ? 1 : -1;
  };
}

type Mixer = (index: number, value: number) => void;

function renderTonal(voice: VoiceSpec, ev: NoteEvent, start: number, step: number, rate: number, mix: Mixer): void {
  const env = voice.env;
  if (!env || ev.midi === undefined) throw new Error('tonal voice needs an envelope and notes');
  const gateLen = Math.max(1, Math.round(ev.len * step * env.gate));
  const total = gateLen + Math.round((env.releaseMs * rate) / 1000);
  const baseHz = midiToHz(ev.midi);
  const duty = voice.duty ?? 0.5;
  const vib = voice.vibrato;
  const vibDelay = vib ? (vib.delayMs * rate) / 1000 : 0;
  let phase = 0;
  for (let i = 0; i < total; i++) {
    let hz = baseHz;
    if (vib && i > vibDelay) {
      hz *= Math.pow(2, (vib.semitones / 12) * Math.sin((2 * Math.PI * vib.rateHz * (i - vibDelay)) / rate));
    }
    const inc = hz / (rate * OVERSAMPLE);
    let acc = 0;
    for (let s = 0; s < OVERSAMPLE; s++) {
      if (voice.wave === 'pulse') {
        // zero-mean pulse: no DC thump when a note starts or stops
        acc += phase < duty ? 2 * (1 - duty) : -2 * duty;
      } else {
        const k = Math.floor(phase * 32);
        const level = k < 16 ? 15 - k : k - 16;
        acc += (level - 7.5) / 7.5;
      }
      phase += inc;
      if (phase >= 1) phase -= 1;
    }
    mix(start + i, (acc / OVERSAMPLE) * envLevel(env, i, gateLen, rate) * voice.volume);
  }
}

function renderDrum(voice: VoiceSpec, kind: DrumKind, start: number, rate: number, mix: Mixer): void {
  const noise = lfsr();
  const sec = (ms: number): number => Math.round((ms * rate) / 1000);
  if (kind === 'k') {
    // kick: a pitch-dropping triangle-ish sine plus a short noise click
    const n = sec(160);
    let phase = 0;
    for (let i = 0; i < n; i++) {
      const t = i / rate;
      const hz = 48 + 120 * Math.exp(-t / 0.025);
      phase += hz / rate;
      const body = Math.sin(2 * Math.PI * phase) * Math.exp(-t / 0.07);
      const click = i < sec(6) ? noise() * 0.35 * (1 - i / sec(6)) : 0;
      mix(start + i, (body + click) * voice.volume);
    }
  } else if (kind === 's') {
    // snare: noise sampled at ~7 kHz plus a short 190 Hz tone
    const n = sec(170);
    const hold = Math.max(1, Math.round(rate / 7000));
    let held = 0;
    let tonePhase = 0;
    for (let i = 0; i < n; i++) {
      const t = i / rate;
      if (i % hold === 0) held = noise();
      tonePhase += 190 / rate;
      const tone = (tonePhase % 1 < 0.5 ? 1 : -1) * 0.35 * Math.exp(-t / 0.03);
      const attack = Math.min(1, i / sec(1));
      mix(start + i, (held * 0.8 * Math.exp(-t / 0.055) + tone) * attack * voice.volume);
    }
  } else {
    // closed hat: bright noise (new LFSR bit every sub-sample, then a first difference)
    const n = sec(45);
    let prev = 0;
    for (let i = 0; i < n; i++) {
      const t = i / rate;
      let acc = 0;
      for (let s = 0; s < OVERSAMPLE; s++) acc += noise();
      const x = acc / OVERSAMPLE;
      const bright = x - prev;
      prev = x;
      mix(start + i, bright * 0.6 * Math.exp(-t / 0.012) * voice.volume);
    }
  }
}

/** Render a track to float samples at `sampleRate`, scaled so its peak equals track.peak. */
export function renderTrack(track: TrackSpec, sampleRate: number, context = 'track'): Float32Array {
  const step = stepSamples(track, sampleRate);
  const totalSteps = track.bars * track.stepsPerBar;
  const length = trackLength(track, sampleRate);
  const mixBuf = new Float64Array(length);
  const mix: Mixer = track.loop
    ? (index, value) => {
        mixBuf[index % length] += value;
      }
    : (index, value) => {
        if (index < length) mixBuf[index] += value;
      };
  track.voices.forEach((voice, vi) => {
    const events = parseNotes(voice.notes, {
      drums: voice.wave === 'drums',
      stepsPerBar: track.stepsPerBar,
      totalSteps,
      context: `${context} voice ${vi}`,
    });
    for (const ev of events) {
      const start = ev.step * step;
      if (ev.drum) renderDrum(voice, ev.drum, start, sampleRate, mix);
      else renderTonal(voice, ev, start, step, sampleRate, mix);
    }
  });
  let peak = 0;
  for (let i = 0; i < length; i++) peak = Math.max(peak, Math.abs(mixBuf[i]!));
  if (peak === 0) throw new Error(`${context}: silent`);
  const gain = track.peak / peak;
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) out[i] = mixBuf[i]! * gain;
  return out;
}
