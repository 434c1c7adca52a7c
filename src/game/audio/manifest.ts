// The sounds the game has: assets/audio/manifest.json (written by `npm run gen:audio`) and the
// files Vite bundled. A sound missing from the bundle is reported by the player, not a crash.
import manifestJson from '../../../assets/audio/manifest.json';

export interface ManifestEntry {
  readonly file: string;
  readonly kind: 'sfx' | 'music';
  readonly loop: boolean;
  /** Seconds. */
  readonly duration: number;
}
export type AudioManifest = Readonly<Record<string, ManifestEntry>>;

export const AUDIO_MANIFEST: AudioManifest = manifestJson as AudioManifest;

const bundled = import.meta.glob('../../../assets/audio/*.wav', { eager: true, query: '?url', import: 'default' }) as Record<string, string>;

/** file name (e.g. 'hit-hero.wav') → bundled URL. Only files present at build time are listed. */
export function bundledAudioUrls(): Map<string, string> {
  const urls = new Map<string, string>();
  for (const [path, url] of Object.entries(bundled)) urls.set(path.split('/').pop()!, url);
  return urls;
}
