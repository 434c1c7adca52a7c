import { CharCanvas, type SpriteDef } from './types.ts';

/**
 * Battle backdrops, 160x90 (the game scales them up with pixelArt). Too big to
 * type out, so each is composed on a CharCanvas from bands, small ASCII stamps
 * and integer-only geometry (no floats, no randomness: the same pixels on every
 * machine). They are kept calm and fairly dark/low-contrast in the lower middle,
 * where the monsters stand.
 */

export const BG_W = 160;
export const BG_H = 90;

/** Integer parabola hill: the top edge y at column x (or null outside the hill). */
function hillTop(x: number, cx: number, halfW: number, baseY: number, height: number): number | null {
  const d = x - cx;
  if (d <= -halfW || d >= halfW) return null;
  return baseY - height + Math.floor((height * d * d) / (halfW * halfW));
}

/** Sawtooth mountain ridge: the top edge y at column x for a peak at (px, py) with slope 1/run. */
function peakTop(x: number, px: number, py: number, run: number): number {
  return py + Math.floor(Math.abs(x - px) / run);
}

// ---------------------------------------------------------------------------
// Field: blue sky in dithered bands, a few clouds, hazy blue mountains, rolling
// green hills and a quiet grassy plain.

const CLOUD_BIG = [
  '.......WWWW.............',
  '.....WWWWWWWW...WWW.....',
  '...WWWWWWWWWWWWWWWWWW...',
  '.WWWWWWWWWWWWWWWWWWWWWW.',
  'WWWWWWWWWWWWWWWWWWWWWWWW',
  '.wwwwwwwwwwwwwwwwwwwwww.',
];
const CLOUD_SMALL = [
  '....WWWW......',
  '..WWWWWWWWWW..',
  'WWWWWWWWWWWWWW',
  '.wwwwwwwwwwww.',
];
/** A grass tuft, sprinkled sparsely over the plain. */
const TUFT = ['g.g', '.g.'];
const TUFT_LIGHT = ['L.L', '.L.'];
const FLOWERS = ['.Y.', 'YgY'];

function field(): string[] {
  const c = new CharCanvas(BG_W, BG_H, 'A');
  // Sky: four bands, each joined to the next by a 2-row checker dither.
  c.rect(0, 14, BG_W, 16, 'B');
  c.dither(0, 12, BG_W, 2, 'A', 'B');
  c.rect(0, 30, BG_W, 10, 'C');
  c.dither(0, 28, BG_W, 2, 'B', 'C');
  c.rect(0, 40, BG_W, 20, 'D');
  c.dither(0, 38, BG_W, 2, 'C', 'D');

  c.stamp(14, 8, CLOUD_BIG);
  c.stamp(104, 4, CLOUD_BIG);
  c.stamp(64, 18, CLOUD_SMALL);
  c.stamp(138, 22, CLOUD_SMALL);

  // Far mountains: three overlapping peaks, lit from the left.
  const peaks: [px: number, py: number][] = [
    [22, 30],
    [58, 36],
    [98, 28],
    [140, 34],
  ];
  for (let x = 0; x < BG_W; x++) {
    let top = 99;
    let owner = 0;
    peaks.forEach(([px, py], i) => {
      const t = peakTop(x, px, py, 2);
      if (t < top) {
        top = t;
        owner = i;
      }
    });
    const px = peaks[owner]![0];
    for (let y = Math.max(top, 0); y < 52; y++) c.set(x, y, x <= px ? 'M' : 'm');
    if (top >= 0 && top < 50) c.set(x, top, 'S'); // sunlit ridge line
  }

  // Rolling hills.
  const hills: [cx: number, halfW: number, baseY: number, h: number][] = [
    [10, 44, 54, 10],
    [70, 40, 54, 8],
    [128, 46, 54, 11],
  ];
  for (let x = 0; x < BG_W; x++) {
    for (const [cx, hw, by, h] of hills) {
      const top = hillTop(x, cx, hw, by, h);
      if (top === null) continue;
      for (let y = top; y < 56; y++) c.set(x, y, y <= top + 1 ? 'H' : (x + y) % 2 === 0 && y < top + 4 ? 'H' : 'h');
    }
  }
  // Round trees dotted along the hill tops.
  const TREE = ['.TT.', 'TTTT', 'tTTt', '.tt.'];
  for (const [x, y] of [
    [20, 43],
    [26, 44],
    [60, 45],
    [118, 42],
    [124, 43],
    [145, 45],
  ] as const) {
    c.stamp(x, y, TREE);
  }

  // The plain: light band at the horizon, mid grass, a darker foreground.
  c.rect(0, 54, BG_W, 4, 'L');
  c.dither(0, 58, BG_W, 2, 'L', 'G');
  c.rect(0, 60, BG_W, 22, 'G');
  c.dither(0, 80, BG_W, 2, 'G', 'g');
  c.rect(0, 82, BG_W, 8, 'g');
  // Sparse tufts on a fixed lattice (staggered rows), plus a few flowers.
  for (let row = 0; row < 5; row++) {
    const y = 61 + row * 4;
    for (let x = (row % 2) * 11 + 4; x < BG_W; x += 23) c.stamp(x, y, TUFT);
  }
  for (let x = 9; x < BG_W; x += 19) c.stamp(x, 84 + (x % 3), TUFT_LIGHT);
  for (const [x, y] of [
    [12, 66],
    [140, 70],
    [30, 76],
    [120, 62],
  ] as const) {
    c.stamp(x, y, FLOWERS);
  }
  return c.toGrid();
}

export const bgField: SpriteDef = {
  key: 'bg-field',
  legend: {
    A: 'skyHigh',
    B: 'skyMid',
    C: 'skyLow',
    D: 'skyHaze',
    W: 'cloud',
    w: 'cloudShade',
    M: 'mountainFar',
    m: 'mountainFarShade',
    S: 'skyHaze',
    H: 'hillFar',
    h: 'hillFarShade',
    T: 'grassDark',
    t: 'hillFarShade',
    L: 'grassLight',
    G: 'grass',
    g: 'grassDark',
    Y: 'goldLight',
  },
  grid: field(),
};

// ---------------------------------------------------------------------------
// Cave: a jagged ceiling of stalactites, rock walls closing in at the sides, a
// faint blue glow deep in the middle, and a layered stone floor.

function cave(): string[] {
  const c = new CharCanvas(BG_W, BG_H, 'v');
  // A passage leading deeper: an arch standing on the floor line, with a
  // faint blue glow inside (integer half-ellipse tests, rings dithered).
  for (let y = 0; y < 60; y++) {
    for (let x = 0; x < BG_W; x++) {
      const dx = x - 80;
      const dy = y - 60;
      const r = dx * dx * 4 + dy * dy * 9; // ellipse with radii 3:2 (x:y)
      if (r < 84 * 84) c.set(x, y, 'd');
      if (r < 72 * 72 && r >= 60 * 60) c.set(x, y, (x + y) % 2 === 0 ? 'g' : 'd');
      if (r < 60 * 60) c.set(x, y, 'g');
      if (r < 44 * 44) c.set(x, y, (x + y) % 2 === 0 ? 'G' : 'g');
      if (r < 34 * 34) c.set(x, y, 'G');
    }
  }

  // Ceiling: a rock mass whose lower edge is a row of stalactites of varied
  // length (a fixed table, so it is the same every run).
  const drips = [6, 14, 9, 20, 11, 7, 16, 24, 10, 13, 8, 18, 12, 22, 9, 15, 6, 19, 11, 14];
  const span = BG_W / drips.length; // 8 columns per stalactite
  for (let x = 0; x < BG_W; x++) {
    const i = Math.floor(x / span);
    const local = x - i * span; // 0..7
    const len = drips[i]!;
    // V-shaped tip: full length in the middle columns, shorter towards the edges.
    const taper = Math.abs(local * 2 - (span - 1)); // 1,3,5,7 (odd)
    const bottom = 6 + len - Math.floor((taper * len) / (span + 2));
    for (let y = 0; y < bottom; y++) c.set(x, y, 'r');
    c.set(x, bottom - 1, 'e'); // lit underside
    if (local <= 1 && bottom > 8) for (let y = 4; y < bottom - 2; y++) c.set(x, y, 'l'); // highlight ridge
  }

  // Side walls: rock leaning in, with a ragged inner edge.
  const ragged = [0, 2, 1, 3, 2, 4, 3, 1, 2, 0, 1, 3];
  for (let y = 0; y < BG_H; y++) {
    const jag = ragged[Math.floor(y / 4) % ragged.length]!;
    // Walls bow inward around the middle of the height.
    const bow = Math.floor(((y - 40) * (y - 40)) / 90);
    const left = 30 - bow + jag;
    const right = BG_W - 1 - (28 - bow + ((jag + 2) % 4));
    for (let x = 0; x < left; x++) c.set(x, y, x >= left - 2 ? 'e' : x >= left - 5 ? 'l' : 'r');
    for (let x = right; x < BG_W; x++) c.set(x, y, x <= right + 1 ? 'l' : 'r');
  }
  // Lumps of lit rock scattered over the walls (only where there is wall).
  const LUMP = ['.ll.', 'lerl', '.rr.'];
  for (const [x, y] of [
    [4, 10],
    [14, 24],
    [3, 38],
    [12, 50],
    [150, 14],
    [142, 30],
    [152, 44],
    [144, 52],
  ] as const) {
    LUMP.forEach((line, j) =>
      [...line].forEach((ch, i) => {
        if (ch !== '.' && c.get(x + i, y + j) === 'r') c.set(x + i, y + j, ch);
      }),
    );
  }

  // Floor: a flat ledge with a lit edge, then bands darkening forward.
  c.rect(0, 60, BG_W, 30, 'f');
  c.rect(0, 60, BG_W, 1, 'e');
  c.rect(0, 61, BG_W, 3, 'F');
  c.dither(0, 64, BG_W, 2, 'F', 'f');
  c.dither(0, 80, BG_W, 2, 'f', 'v');
  c.rect(0, 82, BG_W, 8, 'v');
  // Pebbles and cracks on a fixed lattice.
  const PEBBLE = ['.ee.', 'elll', '.rr.'];
  for (const [x, y] of [
    [18, 70],
    [44, 76],
    [104, 68],
    [132, 77],
    [70, 84],
    [150, 66],
  ] as const) {
    c.stamp(x, y, PEBBLE);
  }
  const CRACK = ['v...', '.vv.', '...v'];
  for (const [x, y] of [
    [30, 66],
    [92, 73],
    [120, 85],
  ] as const) {
    c.stamp(x, y, CRACK);
  }
  // Stalagmites rising from the floor at the sides.
  const STALAGMITE = ['...e...', '..ele..', '..elr..', '.elrr..', '.elrrr.', 'elrrrrr'];
  c.stamp(34, 55, STALAGMITE);
  c.stamp(116, 55, STALAGMITE);
  c.stamp(10, 56, STALAGMITE.slice(1));
  return c.toGrid();
}

export const bgCave: SpriteDef = {
  key: 'bg-cave',
  legend: {
    v: 'caveVoid',
    d: 'caveDeep',
    g: 'caveGlow',
    G: 'caveGlowLight',
    r: 'caveRock',
    l: 'caveRockLight',
    e: 'caveRockEdge',
    f: 'caveFloor',
    F: 'caveFloorLight',
  },
  grid: cave(),
};

// ---------------------------------------------------------------------------
// Castle: the boss room. A blue-grey brick wall, two pillars, red banners with
// a gold crest, torches, a dark archway behind the throne spot, and a red
// carpet running down the middle of a tiled floor.

/** One brick course pair: 16 wide, 8 tall, bricks offset by half on alternate courses. */
const BRICKS = [
  'sssssssmsssssssm',
  'SSSSSSSmSSSSSSSm',
  'SSSSSSSmSSSSSSSm',
  'mmmmmmmmmmmmmmmm',
  'sssmsssssssmssss',
  'SSSmSSSSSSSmSSSS',
  'SSSmSSSSSSSmSSSS',
  'mmmmmmmmmmmmmmmm',
];
const PILLAR = [
  'mmmmmmmmmmmmmmmm',
  'mllllllllllllllm',
  'mlLLLLLLLLLLLLsm',
  'mmmmmmmmmmmmmmmm',
  '.mlLLLLLLLLLLsm.',
  '.mmmmmmmmmmmmmm.',
];
const PILLAR_SHAFT = '.mlLLsSSSSSSssm.';
const BANNER = [
  'GGGGGGGGGGGGGG',
  'mGGGGGGGGGGGGm',
  '.BBBBBBBBBBBb.',
  '.BBBBBBBBBBBb.',
  '.BBBBBYBBBBBb.',
  '.BBBBYYYBBBBb.',
  '.BBBYYGYYBBBb.',
  '.BBYYGGGYYBBb.',
  '.BBBYYGYYBBBb.',
  '.BBBBYYYBBBBb.',
  '.BBBBBYBBBBBb.',
  '.BBBBBBBBBBBb.',
  '.BBBBBBBBBBBb.',
  '.BBBBBBBBBBBb.',
  '.GGGGGGGGGGGG.',
  '.BBBBBBBBBBBb.',
  '.BBBBBBBBBBBb.',
  '.BBBBBBBBBBBb.',
  '.BBBBB..BBBBb.',
  '.BBBB....BBBb.',
  '.BBB......BBb.',
  '.BB........Bb.',
];
const TORCH = [
  '..y..',
  '.yYy.',
  '.YhY.',
  'yYhYy',
  '.YhY.',
  '.sss.',
  'mLLLm',
  '..s..',
  '..m..',
];

function castle(): string[] {
  const c = new CharCanvas(BG_W, BG_H, 'S');
  c.tile(0, 0, BG_W, 58, BRICKS);
  // Shadow under the ceiling and a darker band at the base of the wall.
  c.dither(0, 0, BG_W, 2, 'm', 's');
  c.rect(0, 54, BG_W, 4, 's');
  c.rect(0, 57, BG_W, 1, 'm');

  // Archway in the middle: a dark doorway with a rounded top and stone frame.
  const ax = 80;
  for (let y = 14; y < 58; y++) {
    for (let x = ax - 20; x < ax + 20; x++) {
      const dx = x - ax;
      const dy = y - 30;
      const insideTop = y >= 30 || dx * dx + dy * dy * 2 < 18 * 18;
      const insideFrame = y >= 30 || dx * dx + dy * dy * 2 < 21 * 21;
      if (Math.abs(dx) < 18 && insideTop) c.set(x, y, (x + y) % 4 === 0 ? 'd' : 'v');
      else if (Math.abs(dx) < 21 && insideFrame) c.set(x, y, Math.abs(dx) >= 20 ? 'm' : 'l');
    }
  }
  // Keystone.
  c.stamp(ax - 3, 10, ['mmmmmm', 'mLLLLm', 'mlLLlm', '.mllm.', '..mm..']);

  // Pillars at both sides.
  for (const px of [6, 138]) {
    c.stamp(px, 0, PILLAR);
    for (let y = 6; y < 52; y++) c.stamp(px, y, [PILLAR_SHAFT]);
    c.stamp(px, 52, [...PILLAR].reverse());
  }

  // Banners hanging between the pillars and the arch, torches beside them.
  c.stamp(32, 4, BANNER);
  c.stamp(114, 4, BANNER);
  c.stamp(26, 30, TORCH);
  c.stamp(129, 30, TORCH);

  // Floor: two-tone tiles in rows that get taller towards the viewer.
  const rows = [58, 61, 65, 70, 76, 83, 90];
  for (let r = 0; r < rows.length - 1; r++) {
    const y0 = rows[r]!;
    const y1 = rows[r + 1]!;
    const tw = 10 + r * 4; // tile width grows with nearness
    const shift = r % 2 === 0 ? 0 : Math.floor(tw / 2);
    for (let y = y0; y < y1; y++) {
      for (let x = 0; x < BG_W; x++) {
        const col = Math.floor((x + shift + BG_W) / tw);
        const seam = y === y0 || (x + shift + BG_W) % tw === 0;
        c.set(x, y, seam ? 'm' : col % 2 === 0 ? 'f' : 'F');
      }
    }
  }
  // Red carpet from the archway to the viewer, widening with perspective, gold trim.
  for (let y = 58; y < BG_H; y++) {
    const half = 16 + Math.floor(((y - 58) * 3) / 4);
    for (let x = 80 - half; x < 80 + half; x++) {
      const edge = x === 80 - half || x === 80 + half - 1;
      const trim = x === 80 - half + 1 || x === 80 + half - 2;
      c.set(x, y, edge ? 'm' : trim ? 'G' : (y + 1) % 6 === 0 ? 'r' : 'R');
    }
  }
  return c.toGrid();
}

export const bgCastle: SpriteDef = {
  key: 'bg-castle',
  legend: {
    S: 'stone',
    s: 'stoneDark',
    L: 'stoneLight',
    l: 'stone',
    m: 'mortar',
    v: 'caveVoid',
    d: 'caveDeep',
    f: 'floorDark',
    F: 'floorLight',
    R: 'carpet',
    r: 'carpetDark',
    G: 'carpetTrim',
    B: 'bannerRed',
    b: 'bannerDark',
    y: 'flameOuter',
    Y: 'flame',
    h: 'white',
  },
  grid: castle(),
};
