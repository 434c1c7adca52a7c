/**
 * The one palette every sprite draws from: a small, bright 16-bit JRPG set
 * (think Dragon Quest on the Super Famicom). Grids name colours from here, so a
 * tweak to, say, `slimeBlue` recolours every slime at once.
 *
 * Colours are `#rrggbb` (opaque). Transparency is never a palette entry: in a
 * grid '.' means "no pixel".
 */
export const PALETTE = {
  // Shared
  ink: '#181024', // outline: near-black with a hint of purple, softer than pure black
  white: '#ffffff',
  black: '#000000',
  mouthRed: '#b8203c',
  tongue: '#ff7c98',

  // Slime (blue)
  slimeLight: '#a8dcff',
  slimeBlue: '#3f8cf5',
  slimeDark: '#2052c0',

  // She-slime (orange) and her bow
  sheLight: '#ffd690',
  sheOrange: '#ff8c2c',
  sheDark: '#c8501c',
  bowPink: '#ff5c94',
  bowDark: '#b01c58',

  // Metal slime
  metalLight: '#e4e8f0',
  metalMid: '#a8b0c0',
  metalDark: '#626a7e',

  // Gold (king slime's crown, hero's trim)
  goldLight: '#fff09a',
  gold: '#f8c030',
  goldDark: '#b07418',
  jewelRed: '#e8203c',
  jewelBlue: '#30a8ff',

  // Dracky-style bat
  batLight: '#c494f4',
  batPurple: '#8c50d4',
  batDark: '#50288c',
  wingDark: '#3a1c66',
  fang: '#fff8e8',

  // Ghost
  ghostWhite: '#f6f8ff',
  ghostShade: '#bcc6ea',
  ghostDeep: '#8088c4',

  // Hero
  skin: '#ffcc9c',
  skinShade: '#dc8c68',
  hair: '#6c3a18',
  heroBlueLight: '#6ca0ff',
  heroBlue: '#2c58dc',
  heroBlueDark: '#1a2c8c',
  capeRed: '#dc2c2c',
  capeDark: '#8c1420',
  steelLight: '#f0f4fc',
  steel: '#a4b0c8',
  steelDark: '#5c6880',
  leather: '#8c5426',
  leatherDark: '#4e2c10',

  // Bubble slime (poison green)
  bubbleLight: '#c8f49c',
  bubbleGreen: '#58c038',
  bubbleDark: '#2c7c24',
  bubbleDrip: '#9ce070',

  // Healslime (teal jelly)
  healLight: '#b4f4ec',
  healTeal: '#3cc4b4',
  healDark: '#1c8078',

  // Magician (まどうし): a hooded robe
  robeLight: '#b070e0',
  robe: '#7034b0',
  robeDark: '#3c1870',
  glow: '#ffe860',

  // Golem: bricks
  brickLight: '#e4a070',
  brick: '#b86840',
  brickDark: '#74381c',

  // Party: まほうつかい (violet) and そうりょ (green and white)
  mageLight: '#d89cf8',
  mage: '#9848d0',
  mageDark: '#58248c',
  priestLight: '#a8e8a0',
  priest: '#40a048',
  priestDark: '#1c6428',
  cloth: '#f4f0e4',
  clothShade: '#c8c0a8',

  // Field backdrop
  skyHigh: '#3c7cf0',
  skyMid: '#5c98f8',
  skyLow: '#8cbcff',
  skyHaze: '#c4e0ff',
  cloud: '#ffffff',
  cloudShade: '#d4e4fc',
  mountainFar: '#7ca0d8',
  mountainFarShade: '#6888c4',
  hillFar: '#4c9c58',
  hillFarShade: '#3c8048',
  grassLight: '#8cd060',
  grass: '#64b444',
  grassDark: '#4c9436',

  // Cave backdrop
  caveVoid: '#0c0814',
  caveDeep: '#1c1424',
  caveRock: '#3a2c40',
  caveRockLight: '#5a4660',
  caveRockEdge: '#7a6480',
  caveFloor: '#2c2230',
  caveFloorLight: '#463a4c',
  caveGlow: '#1e2640',
  caveGlowLight: '#2c3c60',

  // Castle backdrop
  stoneDark: '#282c48',
  stone: '#464c74',
  stoneLight: '#646c98',
  mortar: '#1c1c30',
  floorDark: '#30283c',
  floorLight: '#4c4060',
  carpet: '#b01830',
  carpetDark: '#700c20',
  carpetTrim: '#e8b030',
  bannerRed: '#c02038',
  bannerDark: '#781028',
  flame: '#ffe060',
  flameOuter: '#ff8020',

  // UI
  uiWhite: '#ffffff',
  uiBlack: '#000000',
  uiGrey: '#9098a8',
  uiRed: '#e83040',
} as const;

export type ColorName = keyof typeof PALETTE;

export type Rgba = readonly [r: number, g: number, b: number, a: number];

/** Parse a palette entry to RGBA bytes. */
export function rgba(name: ColorName): Rgba {
  const hex = PALETTE[name];
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`palette entry ${name} is not #rrggbb: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16), 255];
}
