/**
 * Sound-effect definitions: explicit jsfxr parameter sets (no random presets), each rendered with a
 * fixed seed so noise-based sounds are reproducible.
 *
 * Rough guide to the jsfxr slider values used below (see node_modules/jsfxr/sfxr.js, SoundEffect.init):
 *   p_base_freq v  -> about 3528 * (v^2 + 0.001) Hz      (0.3 ~ 321 Hz, 0.45 ~ 718 Hz, 0.6 ~ 1274 Hz)
 *   p_env_* v      -> v^2 * 100000 samples at 44.1 kHz   (0.1 ~ 23 ms, 0.2 ~ 91 ms, 0.3 ~ 204 ms, 0.5 ~ 567 ms)
 *   p_duty v       -> duty cycle 0.5 - v / 2              (0 = 50 %, 0.5 = 25 %, 0.75 = 12.5 %)
 *   p_freq_ramp    -> >0 slides up, <0 slides down; p_arp_mod -> one pitch jump (0.528 ~ up a 4th, 0.745 ~ up an octave)
 *   p_repeat_speed -> restarts the pitch slide every (1 - v)^2 * 20000 + 32 samples
 */
import type { JsfxrParams } from './synth.ts';

import type { SfxId } from '../../src/game/audio/sound-map.ts';

export type { SfxId };

export interface SfxDef {
  /** Seed for the PRNG that stands in for Math.random while jsfxr renders. */
  seed: number;
  /** Peak level the rendered effect is scaled to (0..1). */
  peak: number;
  /** Overrides of jsfxr's default Params (wave_type 0 square, 1 saw, 2 sine, 3 noise). */
  params: Partial<JsfxrParams>;
}

const SQUARE = 0;
const SAWTOOTH = 1;
const SINE = 2;
const NOISE = 3;

export const SFX: Readonly<Record<SfxId, SfxDef>> = {
  // A short, bright cursor blip.
  'menu-move': {
    seed: 101,
    peak: 0.55,
    params: { wave_type: SQUARE, p_base_freq: 0.55, p_duty: 0.5, p_env_attack: 0, p_env_sustain: 0.06, p_env_decay: 0.12, p_hpf_freq: 0.1 },
  },
  // Two rising notes (a fourth apart).
  confirm: {
    seed: 102,
    peak: 0.65,
    params: {
      wave_type: SQUARE, p_base_freq: 0.45, p_duty: 0.5, p_env_attack: 0, p_env_sustain: 0.28, p_env_punch: 0.3,
      p_env_decay: 0.2, p_arp_mod: 0.528, p_arp_speed: 0.6, p_hpf_freq: 0.05,
    },
  },
  // Two falling notes (a fourth apart), softer than confirm.
  cancel: {
    seed: 103,
    peak: 0.6,
    params: {
      wave_type: SQUARE, p_base_freq: 0.42, p_duty: 0.25, p_env_attack: 0, p_env_sustain: 0.22, p_env_decay: 0.18,
      p_arp_mod: -0.183, p_arp_speed: 0.62, p_hpf_freq: 0.05,
    },
  },
  // A swish: high noise sliding down.
  attack: {
    seed: 104,
    peak: 0.7,
    params: {
      wave_type: NOISE, p_base_freq: 0.62, p_freq_ramp: -0.18, p_env_attack: 0.06, p_env_sustain: 0.12,
      p_env_decay: 0.24, p_hpf_freq: 0.2,
    },
  },
  // The hero takes damage: a heavy, low crunch.
  'hit-hero': {
    seed: 105,
    peak: 0.9,
    params: {
      wave_type: NOISE, p_base_freq: 0.2, p_freq_ramp: -0.12, p_env_attack: 0, p_env_sustain: 0.15, p_env_punch: 0.6,
      p_env_decay: 0.36, p_lpf_freq: 0.6,
    },
  },
  // A monster takes damage: a sharper, brighter smack.
  'hit-enemy': {
    seed: 106,
    peak: 0.85,
    params: {
      wave_type: NOISE, p_base_freq: 0.38, p_freq_ramp: -0.22, p_env_attack: 0, p_env_sustain: 0.1, p_env_punch: 0.5,
      p_env_decay: 0.28,
    },
  },
  // Critical hit: a repeated high zap downwards, louder than a normal hit.
  critical: {
    seed: 107,
    peak: 0.9,
    params: {
      wave_type: SQUARE, p_base_freq: 0.78, p_freq_ramp: -0.35, p_duty: 0.3, p_repeat_speed: 0.6, p_env_attack: 0,
      p_env_sustain: 0.26, p_env_punch: 0.5, p_env_decay: 0.3, p_pha_offset: 0.08, p_hpf_freq: 0.1,
    },
  },
  // Casting a spell: a repeating upward warble.
  spell: {
    seed: 108,
    peak: 0.6,
    params: {
      wave_type: SQUARE, p_base_freq: 0.3, p_freq_ramp: 0.25, p_duty: 0.5, p_repeat_speed: 0.55, p_env_attack: 0.04,
      p_env_sustain: 0.42, p_env_decay: 0.3, p_vib_strength: 0.12, p_vib_speed: 0.5, p_hpf_freq: 0.05,
    },
  },
  // Healing: a gentle rising shimmer that jumps an octave.
  heal: {
    seed: 109,
    peak: 0.6,
    params: {
      wave_type: SINE, p_base_freq: 0.35, p_freq_ramp: 0.12, p_arp_mod: 0.745, p_arp_speed: 0.55, p_env_attack: 0.05,
      p_env_sustain: 0.38, p_env_decay: 0.45, p_vib_strength: 0.15, p_vib_speed: 0.5,
    },
  },
  // Raising a guard: a short metallic clank.
  defend: {
    seed: 110,
    peak: 0.9,
    params: {
      wave_type: SQUARE, p_base_freq: 0.5, p_duty: 0.75, p_freq_ramp: -0.15, p_env_attack: 0, p_env_sustain: 0.08,
      p_env_punch: 0.6, p_env_decay: 0.3, p_pha_offset: 0.15, p_pha_ramp: -0.05, p_hpf_freq: 0.25,
    },
  },
  // A monster is defeated: a falling, flanged sweep.
  'enemy-death': {
    seed: 111,
    peak: 0.7,
    params: {
      wave_type: SAWTOOTH, p_base_freq: 0.6, p_freq_ramp: -0.22, p_env_attack: 0, p_env_sustain: 0.3, p_env_decay: 0.4,
      p_pha_offset: 0.2, p_pha_ramp: -0.1, p_lpf_freq: 0.7, p_hpf_freq: 0.05,
    },
  },
  // Running away: quick rising footsteps.
  flee: {
    seed: 112,
    peak: 0.6,
    params: {
      wave_type: SQUARE, p_base_freq: 0.25, p_freq_ramp: 0.3, p_duty: 0.5, p_repeat_speed: 0.7, p_env_attack: 0,
      p_env_sustain: 0.3, p_env_decay: 0.2, p_hpf_freq: 0.1,
    },
  },
  // Stage cleared: a bright sparkle that leaps an octave.
  'stage-clear': {
    seed: 113,
    peak: 0.65,
    params: {
      wave_type: SQUARE, p_base_freq: 0.5, p_duty: 0.5, p_arp_mod: 0.745, p_arp_speed: 0.45, p_env_attack: 0,
      p_env_sustain: 0.35, p_env_punch: 0.4, p_env_decay: 0.45, p_vib_strength: 0.08, p_vib_speed: 0.6, p_hpf_freq: 0.05,
    },
  },
  // The hero falls: a slow, wobbling descent (under 1.3 s).
  defeat: {
    seed: 114,
    peak: 0.7,
    params: {
      wave_type: SAWTOOTH, p_base_freq: 0.4, p_freq_ramp: -0.12, p_env_attack: 0, p_env_sustain: 0.5, p_env_decay: 0.55,
      p_vib_strength: 0.2, p_vib_speed: 0.3, p_lpf_freq: 0.5, p_hpf_freq: 0.03,
    },
  },
  // A broken monster: a short, stuttering error buzz.
  glitch: {
    seed: 115,
    peak: 0.6,
    params: {
      wave_type: SQUARE, p_base_freq: 0.28, p_duty: 0.4, p_freq_ramp: -0.3, p_repeat_speed: 0.78, p_arp_mod: 0.4,
      p_arp_speed: 0.75, p_env_attack: 0, p_env_sustain: 0.22, p_env_decay: 0.12, p_pha_offset: 0.1, p_hpf_freq: 0.15,
    },
  },
  // ラリホー lands: a slow, soft sine sliding down, like a yawn.
  sleep: {
    seed: 116,
    peak: 0.55,
    params: { wave_type: SINE, p_base_freq: 0.42, p_freq_ramp: -0.12, p_env_attack: 0.1, p_env_sustain: 0.4, p_env_decay: 0.45, p_vib_strength: 0.3, p_vib_speed: 0.25 },
  },
  // Poison bites: a buzzy saw that wobbles down.
  poison: {
    seed: 117,
    peak: 0.6,
    params: { wave_type: SAWTOOTH, p_base_freq: 0.28, p_freq_ramp: -0.08, p_env_attack: 0, p_env_sustain: 0.18, p_env_decay: 0.3, p_vib_strength: 0.45, p_vib_speed: 0.6, p_lpf_freq: 0.5 },
  },
  // An item used: a quick two-note pluck.
  item: {
    seed: 118,
    peak: 0.6,
    params: { wave_type: SQUARE, p_base_freq: 0.5, p_duty: 0.5, p_env_attack: 0, p_env_sustain: 0.1, p_env_decay: 0.2, p_arp_mod: 0.4, p_arp_speed: 0.5, p_hpf_freq: 0.05 },
  },
  // A level-up on the Interlude: a bright rising fanfare blip that jumps an octave.
  'level-up': {
    seed: 119,
    peak: 0.65,
    params: { wave_type: SQUARE, p_base_freq: 0.4, p_freq_ramp: 0.15, p_duty: 0.25, p_env_attack: 0, p_env_sustain: 0.35, p_env_punch: 0.3, p_env_decay: 0.35, p_arp_mod: 0.745, p_arp_speed: 0.45 },
  },
  // Gold changes hands in the shop: a short high "ching".
  buy: {
    seed: 120,
    peak: 0.55,
    params: { wave_type: SQUARE, p_base_freq: 0.7, p_duty: 0.6, p_env_attack: 0, p_env_sustain: 0.05, p_env_punch: 0.4, p_env_decay: 0.25, p_arp_mod: 0.3, p_arp_speed: 0.7, p_hpf_freq: 0.2 },
  },
};

export const SFX_IDS = Object.keys(SFX) as SfxId[];
