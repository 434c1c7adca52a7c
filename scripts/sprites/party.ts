import type { SpriteDef } from './types.ts';

// The companions: each its own drawing in the hero's chibi build (the same head size, outline and
// shading), so the three read as one party but not as one sprite in three colours.

/**
 * まほうつかい: a tall pointed hat with a gold band over a shaded face, a violet robe with a gold
 * seam, and a wooden staff with a glowing orb in the right hand.
 *
 *   O outline   H robe   L robe light   D robe shade   Y gold light   G gold   T gold shade
 *   A hair   F skin   s skin shade   K eyes   R mouth   B wood   b wood shade   E the orb's glow
 */
export const mage: SpriteDef = {
  key: 'mage',
  legend: {
    O: 'ink', H: 'mage', L: 'mageLight', D: 'mageDark', Y: 'goldLight', G: 'gold', T: 'goldDark',
    A: 'hair', F: 'skin', s: 'skinShade', K: 'ink', R: 'mouthRed', B: 'leather', b: 'leatherDark', E: 'glow',
  },
  grid: [
    '................................',
    '..................OO............',
    '.................OLDO...........',
    '................OLHDO...........',
    '...............OLHHDO...........',
    '......OOO.....OLHHHDO...........',
    '.....OEEEO...OLHHHHDO...........',
    '....OEYEEEO.OLHHHHHDO...........',
    '....OEEEEEO.OLHHHHHHDO..........',
    '.....OEEEO.OYYGGGGGGGTO.........',
    '......OBO.OOOOOOOOOOOOOOOO......',
    '......OBO.ODHHHHHHHHHHHHDDO.....',
    '......OBO..OOOOAAAAAAAOOOO......',
    '......OBO.....OAFFFFFFAO........',
    '......OBO.....OFKFFFFKFO........',
    '......OBO.....OFKFFFFKFO........',
    '......OBO.....OsFFRRFFsO........',
    '......OBO......OssFFssO.........',
    '.....OFFOO...OOOOOOOOOOOO.......',
    '.....OFFsOOOOLHHHYYHHHHDO.......',
    '......OBOLLHHHHHHYYHHHHHDO......',
    '......OBOOOLHHHHHYYHHHHHDO......',
    '......OBO..OLHHHHYYHHHHDDO......',
    '......OBO..OLHHHHYYHHHHDO.......',
    '......OBO..OLHHHHYYHHHHDO.......',
    '......OBO.OLHHHHHYYHHHHHDO......',
    '......OBO.OLHHHHHYYHHHHHDO......',
    '......OBO.OHHHHHHYYHHHHHDO......',
    '......OBO.ODDDDDDYYDDDDDDO......',
    '......ObO.OOOOBBOOOOBBOOOO......',
    '.......O.....OOO....OOO.........',
    '................................',
  ],
};

/**
 * そうりょ: a tall green mitre with a gold cross, a white mantle with a gold cross over a green
 * habit, and a cross-topped staff in the right hand.
 *
 *   O outline   H habit   L habit light   D habit shade   Y gold light   G gold   T gold shade
 *   A hair   F skin   s skin shade   K eyes   R mouth   W mantle   w mantle shade   B wood   b wood shade
 */
export const priest: SpriteDef = {
  key: 'priest',
  legend: {
    O: 'ink', H: 'priest', L: 'priestLight', D: 'priestDark', Y: 'goldLight', G: 'gold', T: 'goldDark',
    A: 'hair', F: 'skin', s: 'skinShade', K: 'ink', R: 'mouthRed', W: 'cloth', w: 'clothShade', B: 'leather', b: 'leatherDark',
  },
  grid: [
    '................................',
    '................................',
    '..............OOOO..............',
    '.............OLHHDO.............',
    '............OLHYYHDO............',
    '............OLYYYYDO............',
    '............OLHYYHDO............',
    '....OOO.....OLHYYHDO............',
    '...OOYOO....OLHHHHDO............',
    '...OYYYO...OLHHHHHHDO...........',
    '...OOYOO..OYYGGGGGGTTO..........',
    '....OGO...OOAAAAAAAAOO..........',
    '....OBO...OAAFFFFFFAAO..........',
    '....OBO...OAFKFFFFKFAO..........',
    '....OBO...OAFKFFFFKFAO..........',
    '....OBO...OAFFFFFFFFsO..........',
    '....OBO....OsFFRRFFsO...........',
    '....OBO.....OssFFssO............',
    '...OFFOO..OOOOOOOOOOOO..........',
    '...OFFsOOOWWWWWWWWWWWWO.........',
    '....OBOOLOWWWWWYYWWWWwO.........',
    '....OBO.OHOWWWYYYYWWwOHO........',
    '....OBO.OHOOWWWYYWWwOOHO........',
    '....OBO.OLHOOWWYYWwOOHDO........',
    '....OBO.OLHHOOWWwwOOHHDO........',
    '....OBO.OLHHHHOOOOHHHHDO........',
    '....OBO.OLHHHHHHHHHHHHDO........',
    '....OBO.OLHHHHHHHHHHHHDO........',
    '....OBO.ODDDDDDDDDDDDDDO........',
    '....ObO.OOOOBBBOOBBBOOOO........',
    '.....O......OOOO..OOOO..........',
    '................................',
  ],
};
