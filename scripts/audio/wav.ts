/**
 * Minimal RIFF/WAVE (PCM, mono) writer and reader.
 *
 * The writer is fully deterministic: the same samples always give the same bytes
 * (no timestamps, no metadata chunks, a fixed 44-byte header).
 */

export type BitDepth = 8 | 16;

export interface DecodedWav {
  sampleRate: number;
  bitsPerSample: BitDepth;
  channels: number;
  /** Samples normalised to [-1, 1). */
  samples: Float32Array;
}

/** Quantise one float sample in [-1, 1] to an unsigned 8-bit PCM value (128 = silence). */
export function quantize8(x: number): number {
  const v = Math.round(x * 127) + 128;
  return v < 0 ? 0 : v > 255 ? 255 : v;
}

/** Quantise one float sample in [-1, 1] to a signed 16-bit PCM value. */
export function quantize16(x: number): number {
  const v = Math.round(x * 32767);
  return v < -32768 ? -32768 : v > 32767 ? 32767 : v;
}

/** Encode mono float samples (nominally [-1, 1]; clipped) as a PCM WAV file. */
export function encodeWav(samples: ArrayLike<number>, sampleRate: number, bits: BitDepth = 8): Uint8Array {
  if (!Number.isInteger(sampleRate) || sampleRate <= 0) throw new Error(`bad sample rate ${sampleRate}`);
  const bytesPerSample = bits / 8;
  const dataBytes = samples.length * bytesPerSample;
  const padded = dataBytes + (dataBytes & 1); // RIFF chunks are word aligned
  const out = new Uint8Array(44 + padded);
  const view = new DataView(out.buffer);
  const ascii = (offset: number, s: string): void => {
    for (let i = 0; i < s.length; i++) out[offset + i] = s.charCodeAt(i);
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + padded, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * bytesPerSample, true); // byte rate
  view.setUint16(32, bytesPerSample, true); // block align
  view.setUint16(34, bits, true);
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples.length; i++) {
    const x = samples[i]!;
    if (!Number.isFinite(x)) throw new Error(`non-finite sample at ${i}`);
    if (bits === 8) out[44 + i] = quantize8(x);
    else view.setInt16(44 + 2 * i, quantize16(x), true);
  }
  if (bits === 8 && padded !== dataBytes) out[44 + dataBytes] = 128;
  return out;
}

/** Decode a PCM WAV (8 or 16 bit). Channels other than the first are ignored. */
export function decodeWav(bytes: Uint8Array): DecodedWav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number): string => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('not a RIFF/WAVE file');
  let offset = 12;
  let fmt: { channels: number; sampleRate: number; bits: number } | null = null;
  while (offset + 8 <= bytes.length) {
    const id = tag(offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') {
      if (view.getUint16(body, true) !== 1) throw new Error('only PCM WAV is supported');
      fmt = {
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bits: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      if (!fmt) throw new Error('data chunk before fmt chunk');
      if (fmt.bits !== 8 && fmt.bits !== 16) throw new Error(`unsupported bit depth ${fmt.bits}`);
      const frameBytes = (fmt.bits / 8) * fmt.channels;
      const frames = Math.floor(Math.min(size, bytes.length - body) / frameBytes);
      const samples = new Float32Array(frames);
      for (let i = 0; i < frames; i++) {
        const p = body + i * frameBytes;
        samples[i] = fmt.bits === 8 ? (bytes[p]! - 128) / 128 : view.getInt16(p, true) / 32768;
      }
      return { sampleRate: fmt.sampleRate, bitsPerSample: fmt.bits, channels: fmt.channels, samples };
    }
    offset = body + size + (size & 1);
  }
  throw new Error('no data chunk');
}
