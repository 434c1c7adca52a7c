// Stand-ins for sprites that are missing (the artist may not have drawn them yet): small pixel
// drawings made on a canvas, recognisable enough to play with, never a bare rectangle.
import type * as Phaser from 'phaser';

type Draw = (g: CanvasRenderingContext2D, w: number, h: number) => void;

const blob = (body: string, eye = '#000'): Draw => (g) => {
  g.fillStyle = body;
  g.beginPath();
  g.moveTo(12, 3);
  g.quadraticCurveTo(22, 14, 21, 20);
  g.lineTo(3, 20);
  g.quadraticCurveTo(2, 14, 12, 3);
  g.fill();
  g.fillStyle = '#fff';
  g.fillRect(8, 11, 3, 4);
  g.fillRect(14, 11, 3, 4);
  g.fillStyle = eye;
  g.fillRect(9, 12, 2, 3);
  g.fillRect(15, 12, 2, 3);
  g.fillRect(9, 17, 7, 1);
};

const ART: Record<string, { w: number; h: number; draw: Draw }> = {
  slime: { w: 24, h: 24, draw: blob('#3a8dff') },
  'she-slime': { w: 24, h: 24, draw: blob('#ff8a3a') },
  'metal-slime': { w: 24, h: 24, draw: blob('#c8ccd8') },
  'king-slime': { w: 32, h: 32, draw: (g) => {
    g.save(); g.scale(32 / 24, 32 / 24); blob('#2f6fff')(g, 24, 24); g.restore();
    g.fillStyle = '#ffd84a'; g.fillRect(11, 1, 10, 4); g.fillRect(11, 0, 2, 2); g.fillRect(15, 0, 2, 2); g.fillRect(19, 0, 2, 2);
  } },
  bat: { w: 24, h: 24, draw: (g) => {
    g.fillStyle = '#7a4ab0';
    g.beginPath(); g.moveTo(12, 9); g.lineTo(1, 5); g.lineTo(4, 14); g.lineTo(12, 15); g.lineTo(20, 14); g.lineTo(23, 5); g.fill();
    g.fillStyle = '#fff'; g.fillRect(9, 10, 2, 2); g.fillRect(13, 10, 2, 2);
  } },
  ghost: { w: 24, h: 24, draw: (g) => {
    g.fillStyle = '#e8ecff';
    g.beginPath(); g.arc(12, 10, 8, Math.PI, 0); g.lineTo(20, 21); g.lineTo(16, 18); g.lineTo(12, 21); g.lineTo(8, 18); g.lineTo(4, 21); g.fill();
    g.fillStyle = '#223'; g.fillRect(8, 9, 2, 3); g.fillRect(14, 9, 2, 3);
  } },
  hero: { w: 24, h: 24, draw: (g) => {
    g.fillStyle = '#ffcc99'; g.fillRect(8, 4, 8, 7);
    g.fillStyle = '#3355cc'; g.fillRect(6, 11, 12, 9);
    g.fillStyle = '#222'; g.fillRect(10, 7, 1, 1); g.fillRect(13, 7, 1, 1);
  } },
  'ui-frame': { w: 24, h: 24, draw: (g) => {
    g.fillStyle = '#000'; g.fillRect(0, 0, 24, 24);
    g.fillStyle = '#fff';
    g.fillRect(2, 1, 20, 2); g.fillRect(2, 21, 20, 2); g.fillRect(1, 2, 2, 20); g.fillRect(21, 2, 2, 20);
    g.fillStyle = '#000'; g.fillRect(0, 0, 1, 1); g.fillRect(23, 0, 1, 1); g.fillRect(0, 23, 1, 1); g.fillRect(23, 23, 1, 1);
  } },
  cursor: { w: 8, h: 8, draw: (g) => {
    g.fillStyle = '#fff'; g.beginPath(); g.moveTo(1, 0); g.lineTo(7, 4); g.lineTo(1, 8); g.fill();
  } },
  'icon-debug': { w: 12, h: 12, draw: (g) => { g.fillStyle = '#8fd3ff'; g.fillRect(3, 3, 6, 7); g.fillRect(1, 5, 10, 1); } },
  'icon-speaker-on': { w: 12, h: 12, draw: (g) => { g.fillStyle = '#fff'; g.fillRect(1, 4, 3, 4); g.fillRect(4, 2, 2, 8); g.fillRect(8, 3, 1, 6); g.fillRect(10, 2, 1, 8); } },
  'icon-speaker-off': { w: 12, h: 12, draw: (g) => { g.fillStyle = '#888'; g.fillRect(1, 4, 3, 4); g.fillRect(4, 2, 2, 8); g.fillStyle = '#f55'; g.fillRect(8, 4, 3, 1); g.fillRect(8, 7, 3, 1); } },
};

const BACKDROPS: Record<string, [string, string, string]> = {
  'bg-field': ['#5a9cff', '#bfe3ff', '#3f9a3a'],
  'bg-cave': ['#141018', '#3a2f44', '#2a2430'],
  'bg-castle': ['#1a1030', '#4a2a5a', '#5a4a40'],
};

function drawBackdrop([sky, horizon, ground]: [string, string, string]): Draw {
  return (g, w, h) => {
    const grad = g.createLinearGradient(0, 0, 0, h * 0.62);
    grad.addColorStop(0, sky);
    grad.addColorStop(1, horizon);
    g.fillStyle = grad;
    g.fillRect(0, 0, w, h);
    g.fillStyle = ground;
    g.fillRect(0, Math.round(h * 0.62), w, h);
    g.fillStyle = 'rgba(0,0,0,0.18)';
    for (let x = 0; x < w; x += 8) g.fillRect(x, Math.round(h * 0.62) + ((x / 8) % 3) * 5, 4, 1);
  };
}

/** Makes a stand-in texture for `key`. Returns false if there is nothing sensible to draw. */
export function makeFallbackTexture(scene: Phaser.Scene, key: string): boolean {
  const art = ART[key] ?? (BACKDROPS[key] ? { w: 160, h: 90, draw: drawBackdrop(BACKDROPS[key]) } : { w: 24, h: 24, draw: blob('#9a9aa8') });
  const tex = scene.textures.createCanvas(key, art.w, art.h);
  if (!tex) return false;
  const g = tex.getContext();
  g.imageSmoothingEnabled = false;
  art.draw(g, art.w, art.h);
  tex.refresh();
  return true;
}
