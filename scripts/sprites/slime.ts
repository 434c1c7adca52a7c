import type { SpriteDef } from './types.ts';

/**
 * The classic blue slime: a teardrop with a curled tip, a white gloss streak
 * on the upper left, big eyes and an open grin.
 *
 *   O outline   L light   B body   D shade   W white   K pupil
 *   R mouth     P tongue
 */
export const slime: SpriteDef = {
  key: 'slime',
  legend: {
    O: 'ink',
    L: 'slimeLight',
    B: 'slimeBlue',
    D: 'slimeDark',
    W: 'white',
    K: 'ink',
    R: 'mouthRed',
    P: 'tongue',
  },
  grid: [
    '........................',
    '.............OO.........',
    '............OLO.........',
    '...........OLBO.........',
    '..........OLBBO.........',
    '..........OLBBDO........',
    '.........OLBBBDO........',
    '........OLWBBBBDO.......',
    '.......OLWWBBBBBDO......',
    '......OLWWBBBBBBDO......',
    '.....OLWBBBBBBBBBDO.....',
    '....OLBOOBBBBBBOOBDO....',
    '...OLBOWWOBBBBOWWOBDO...',
    '..OLBBOWKOBBBBOKWOBBDO..',
    '..OLBBOKKOBBBBOKKOBBDO..',
    '.OLBBBBOOBBBBBBOOBBBBDO.',
    '.OLBBBBOOOOOOOOOOBBBBDO.',
    '.OLBBBBORRRRRRRROBBBBDO.',
    '.OLBBBBBORRPPRROBBBDDDO.',
    '.OLBBBBBBOOOOOOBBDDDDDO.',
    '.OBBBBBBBBBBBBBBBDDDDDO.',
    '..ODDDDDDDDDDDDDDDDDDO..',
    '...OOOOOOOOOOOOOOOOOO...',
    '........................',
  ],
};

/**
 * She-slime: the slime's orange sister, with a pink ribbon on her slope and
 * eyelashes.   P ribbon   Q ribbon knot   T tongue
 */
export const sheSlime: SpriteDef = {
  key: 'she-slime',
  legend: {
    O: 'ink',
    L: 'sheLight',
    B: 'sheOrange',
    D: 'sheDark',
    W: 'white',
    K: 'ink',
    R: 'mouthRed',
    P: 'bowPink',
    Q: 'bowDark',
    T: 'tongue',
  },
  grid: [
    '........................',
    '.............OO.........',
    '............OLO.........',
    '...........OLBO.........',
    '..........OLBBOOO...OO..',
    '..........OLBBDOPO.OPO..',
    '.........OLBBBDOPPQPPO..',
    '........OLWBBBBOPO.OPO..',
    '.......OLWWBBBBOOO..OO..',
    '......OLWWBBBBBBDO......',
    '.....OLWBBBBBBBBBDO.....',
    '....OLOOOBBBBBBOOODO....',
    '...OLBOWWOBBBBOWWOBDO...',
    '..OLBBOWKOBBBBOKWOBBDO..',
    '..OLBBOKKOBBBBOKKOBBDO..',
    '.OLBBBBOOBBBBBBOOBBBBDO.',
    '.OLBBBBOOOOOOOOOOBBBBDO.',
    '.OLBBBBORRRRRRRROBBBBDO.',
    '.OLBBBBBORRTTRROBBBDDDO.',
    '.OLBBBBBBOOOOOOBBDDDDDO.',
    '.OBBBBBBBBBBBBBBBDDDDDO.',
    '..ODDDDDDDDDDDDDDDDDDO..',
    '...OOOOOOOOOOOOOOOOOO...',
    '........................',
  ],
};

/**
 * Metal slime: silver, extra shine, a glint of floor light along its base and
 * a smug half-lidded look (it is about to run away).   S sparkle
 */
export const metalSlime: SpriteDef = {
  key: 'metal-slime',
  legend: {
    O: 'ink',
    L: 'metalLight',
    B: 'metalMid',
    D: 'metalDark',
    W: 'white',
    S: 'white',
    K: 'ink',
    R: 'mouthRed',
  },
  grid: [
    '........................',
    '.............OO.........',
    '............OWO...S.....',
    '...........OLBO..SSS....',
    '..........OWLBO...S.....',
    '..........OLBBDO........',
    '.........OWLBBDO........',
    '........OLWLBBBDO.......',
    '.......OLWWLBBBBDO......',
    '......OLWWLBBBBBDO......',
    '.....OLWLBBBBBBBBDO.....',
    '....OLBOOBBBBBBOOBDO....',
    '...OLBOKKOBBBBOKKOBDO...',
    '..OLBBOWKOBBBBOWKOBBDO..',
    '..OLBBOWWOBBBBOWWOBBDO..',
    '.OLLBBBOOBBBBBBOOBBBBDO.',
    '.OLLBBBBBBBBBBBBBBBBBDO.',
    '.OLBBBBOOBBBBBBBBOOBBDO.',
    '.OLBBBBBBOORRRROOBBBDDO.',
    '.OLBBBBBBBBOOOOBBBDDDDO.',
    '.OBLLLLLLLLLLBBBBDDDDDO.',
    '..ODDDDDDDDDDDDDDDDDDO..',
    '...OOOOOOOOOOOOOOOOOO...',
    '........................',
  ],
};

/**
 * Browser-tab icon: a slime head redrawn for 16x16 (the big sprite does not
 * survive being shrunk), rendered at 2x to a 32x32 public/favicon.png.
 */
export const faviconSlime: SpriteDef = {
  key: 'favicon',
  scale: 2,
  legend: {
    O: 'ink',
    L: 'slimeLight',
    B: 'slimeBlue',
    D: 'slimeDark',
    W: 'white',
    K: 'ink',
    R: 'mouthRed',
  },
  grid: [
    '................',
    '.......OO.......',
    '......OLBO......',
    '.....OLWBBO.....',
    '....OLWBBBDO....',
    '...OLWBBBBBDO...',
    '..OLBBBBBBBBDO..',
    '.OLBKWBBBBKWBDO.',
    '.OLBKKBBBBKKBDO.',
    '.OLBBBBBBBBBBDO.',
    '.OLBKBBBBBBKBDO.',
    '.OLBBKRRRRKBBDO.',
    '.OBBBBKKKKBBDDO.',
    '..ODDDDDDDDDDO..',
    '...OOOOOOOOOO...',
    '................',
  ],
};
