/**
 * Generates every game sound into assets/audio/ (run: npm run gen:audio).
 *
 *   - effects:  jsfxr parameter sets (scripts/audio/sfx.ts), 22050 Hz, 8-bit mono WAV
 *   - music:    note strings (scripts/audio/music.ts) rendered by scripts/audio/synth.ts,
 *               16000 Hz, 8-bit mono WAV; loops are an exact whole number of bars
 *   - manifest: assets/audio/manifest.json, id -> { file, kind, loop, duration }
 *
 * Output is deterministic (seeded randomness, no clock, no metadata), so regenerating produces
 * byte-identical files; test/scripts/gen-audio.test.ts checks the committed files are current.
 * WAV, not MP3/OGG: PCM has no encoder delay or padding, so a loop is sample-exact when played
 * through Web Audio, and 8-bit mono at these rates keeps everything well under 1.5 MB.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MUSIC, MUSIC_IDS } from './audio/music.ts';
import { SFX, SFX_IDS } from './audio/sfx.ts';
import { renderJsfxr, renderTrack } from './audio/synth.ts';
import { encodeWav } from './audio/wav.ts';

export const SFX_SAMPLE_RATE = 22050;
export const MUSIC_SAMPLE_RATE = 16000;
export const AUDIO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'audio');

export interface ManifestEntry {
  file: string;
  kind: 'sfx' | 'music';
  loop: boolean;
  /** Seconds, rounded to milliseconds. */
  duration: number;
}

export type AudioManifest = Record<string, ManifestEntry>;

export interface GeneratedAudio {
  /** File name (inside assets/audio) -> bytes, including manifest.json. */
  files: Map<string, Uint8Array>;
  manifest: AudioManifest;
}

function scaleToPeak(samples: Float32Array, peak: number): Float32Array {
  let max = 0;
  for (const x of samples) max = Math.max(max, Math.abs(x));
  if (max === 0) throw new Error('silent effect');
  const gain = peak / max;
  return samples.map((x) => x * gain);
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Render everything in memory. */
export function generateAudio(): GeneratedAudio {
  const files = new Map<string, Uint8Array>();
  const manifest: AudioManifest = {};

  for (const id of SFX_IDS) {
    const def = SFX[id];
    const samples = scaleToPeak(renderJsfxr(def.params, SFX_SAMPLE_RATE, def.seed), def.peak);
    const file = `${id}.wav`;
    files.set(file, encodeWav(samples, SFX_SAMPLE_RATE, 8));
    manifest[id] = { file, kind: 'sfx', loop: false, duration: round3(samples.length / SFX_SAMPLE_RATE) };
  }

  for (const id of MUSIC_IDS) {
    const track = MUSIC[id];
    const samples = renderTrack(track, MUSIC_SAMPLE_RATE, id);
    const file = `${id}.wav`;
    files.set(file, encodeWav(samples, MUSIC_SAMPLE_RATE, 8));
    manifest[id] = { file, kind: 'music', loop: track.loop, duration: round3(samples.length / MUSIC_SAMPLE_RATE) };
  }

  files.set('manifest.json', new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`));
  return { files, manifest };
}

function main(): void {
  const { files } = generateAudio();
  mkdirSync(AUDIO_DIR, { recursive: true });
  let total = 0;
  for (const [name, bytes] of files) {
    writeFileSync(join(AUDIO_DIR, name), bytes);
    total += bytes.length;
    console.log(`${name.padEnd(22)} ${String(bytes.length).padStart(8)} bytes`);
  }
  console.log(`${files.size} files, ${total} bytes total -> ${AUDIO_DIR}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
