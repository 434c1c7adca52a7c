import { slime } from './slime.ts';
import type { SpriteDef } from './types.ts';

// The slime kinds reuse the slime's own rows (the same silhouette), with their own colours.

/** Bubble slime: the slime's shape, poison green, with bubbles rising off it and a drip.  U bubble  V drip */
export const bubbleSlime: SpriteDef = {
  key: 'bubble-slime',
  legend: { O: 'ink', L: 'bubbleLight', B: 'bubbleGreen', D: 'bubbleDark', W: 'white', K: 'ink', R: 'mouthRed', P: 'tongue', U: 'bubbleLight', V: 'bubbleDrip' },
  grid: [
    '...................UU...',
    '..UU.........OO...U..U..',
    '.U..U.......OLO...U..U..',
    '.U..U......OLBO....UU...',
    '..UU......OLBBO.........',
    '..........OLBBDO....U...',
    '.........OLBBBDO...U.U..',
    '........OLWBBBBDO...U...',
    ...slime.grid.slice(8, 21),
    '..ODDDDVDDDDDDDDDVDDDO..',
    '...OOOOVOOOOOOOOOVOOO...',
    '.......V.........V......',
  ],
};

/** Healslime: a teal jelly that floats on little tentacles.   T tentacle */
export const healslime: SpriteDef = {
  key: 'healslime',
  legend: { O: 'ink', L: 'healLight', B: 'healTeal', D: 'healDark', W: 'white', K: 'ink', R: 'mouthRed', P: 'tongue', T: 'healDark' },
  grid: [
    ...slime.grid.slice(0, 23),
    '....T..T..T..T..T..T....',
    '...T..T..T...T..T..T....',
    '...T...T..T..T.T..T.....',
    '....T..T.T...T..T..T....',
    '.....T.T..T..T...T..T...',
    '......T....T.T....T.....',
  ],
};

/**
 * まどうし: a hooded magician in a violet robe, only its glowing eyes showing, holding a staff
 * whose orb casts ラリホー.   O outline  L robe light  B robe  D robe shade  E eyes  S staff  G orb
 */
export const magician: SpriteDef = {
  key: 'magician',
  legend: { O: 'ink', L: 'robeLight', B: 'robe', D: 'robeDark', E: 'glow', S: 'leather', G: 'jewelBlue', W: 'white' },
  grid: [
    '.....................OOO',
    '..........OO........OGWO',
    '.........OLBO.......OGGO',
    '........OLBBBO.......OO.',
    '.......OLBBBBDO......OS.',
    '......OLBBBBBBDO.....OS.',
    '......OLBOOOOBDO.....OS.',
    '.....OLBODDDDOBDO....OS.',
    '.....OLBODEDEDOBDO...OS.',
    '.....OLBODDDDDOBDO...OS.',
    '.....OLBBODDDOBBDO..OOSO',
    '....OLBBBBOOOBBBBDOOBBSO',
    '....OLBBBBBBBBBBBBDBBBSO',
    '...OLBBOBBBBBBBBBDDOOOSO',
    '...OLBBOBBBBBBBBBDO..OS.',
    '...OLBOOBBBBBBBBBDO..OS.',
    '..OLBBO.OBBBBBBBBDDO.OS.',
    '..OLBBO.OLBBBBBBBBDO.OS.',
    '..OOOO..OLBBBBBBBBDO.OS.',
    '........OLBBBBBBBBBDOOS.',
    '.......OLBBBBBBBBBBDOOS.',
    '.......OLBBBBBBBBBBBDOS.',
    '......OLBBBBBBBBBBBBDOS.',
    '......OLBBBBBBBBBBBBBDO.',
    '.....OLBBBBBBBBBBBBBBDO.',
    '.....ODDDDDDDDDDDDDDDDO.',
    '......OOOOOOOOOOOOOOOO..',
    '........................',
  ],
};

/**
 * ゴーレム, the mid-boss: a giant of bricks with a glowing eye, fists like walls.
 *   O outline  L brick light  B brick  D brick shade  M mortar  E eye
 */
export const golem: SpriteDef = {
  key: 'golem',
  legend: { O: 'ink', L: 'brickLight', B: 'brick', D: 'brickDark', M: 'mortar', E: 'glow', R: 'jewelRed' },
  grid: [
    '................................',
    '...........OOOOOOOOOO...........',
    '..........OLLBBBBBBBDO..........',
    '..........OLBMBBBMBBDO..........',
    '..........OMMMMMMMMMMO..........',
    '..........OLBBEEBBEEDO..........',
    '..........OLBBERBBERDO..........',
    '..........OMMMMMMMMMMO..........',
    '..........OLBBBOOOBBDO..........',
    '.....OOOOOOOOOOOOOOOOOOOOOO.....',
    '....OLLBBBMLBBBBMBBBBBMLBBDO....',
    '...OLLBBBBMLBBBBMBBBBBMLBBBDO...',
    '...OMMMMMMMMMMMMMMMMMMMMMMMMO...',
    '..OLBBBMOLBBBMBBBBMBBBBOLBBBDO..',
    '..OLBBBMOLBBBMBBBBMBBBBOLBBBDO..',
    '..OMMMMMOMMMMMMMMMMMMMMOMMMMMO..',
    '..OLBMBBOLBBBBMBBBBBMBBOLBMBDO..',
    '..OLBMBBOLBBBBMBBBBBMBBOLBMBDO..',
    '..OMMMMMOMMMMMMMMMMMMMMOMMMMMO..',
    '.OLBBBBDOOLBBBMBBBBMBBDOOLBBBDO.',
    '.OLBMBBDO.OLBBMBBBBMBDO.OLBMBDO.',
    '.OMMMMMDO.OMMMMMMMMMMMO.OMMMMDO.',
    '.OLBBMBDO.OLBBBBMBBBBDO.OLBMBDO.',
    '..OOOOOO..OLBBBBMBBBBDO..OOOOO..',
    '..........OMMMMOOMMMMMO.........',
    '.........OLBBBDOOLBBBDO.........',
    '.........OLBMBDOOLBMBDO.........',
    '.........OMMMMMOOMMMMMO.........',
    '........OLBBBBDOOLBBBBDO........',
    '........ODDDDDDOODDDDDDO........',
    '........OOOOOOOOOOOOOOOO........',
    '................................',
  ],
};
