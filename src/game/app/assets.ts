// Which sprite files exist is decided at build time: only PNGs present in assets/sprites are
// bundled, so a sprite the artist has not drawn yet costs no failed request, just a stand-in.
export const SPRITE_KEYS = [
  'hero', 'slime', 'she-slime', 'bat', 'ghost', 'metal-slime', 'king-slime',
  'bg-field', 'bg-cave', 'bg-castle', 'ui-frame', 'cursor', 'icon-debug', 'icon-speaker-on', 'icon-speaker-off',
] as const;

export type SpriteKey = (typeof SPRITE_KEYS)[number];

const files = import.meta.glob('../../../assets/sprites/*.png', { eager: true, query: '?url', import: 'default' }) as Record<string, string>;

/** key → bundled URL, for the keys whose PNG exists. */
export function spriteUrls(): Map<string, string> {
  const urls = new Map<string, string>();
  for (const [path, url] of Object.entries(files)) {
    const key = path.split('/').pop()!.replace(/\.png$/, '');
    urls.set(key, url);
  }
  return urls;
}
