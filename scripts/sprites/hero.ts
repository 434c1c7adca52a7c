import type { SpriteDef } from './types.ts';

/**
 * The hero (ゆうしゃ): a chibi knight in a blue helmet with a gold crest,
 * sword raised in the right hand, a crested shield on the left arm and a red
 * cape. Front view, used as the status-window portrait.
 *
 *   O outline   H armour blue   L blue light   D blue shade
 *   Y gold light   G gold   T gold shade   A hair   F skin   s skin shade
 *   K eyes   R mouth   W steel light   S steel   m steel shade
 *   C cape / shield red   c red shade   B boots   b boot shade   P trousers
 */
export const hero: SpriteDef = {
  key: 'hero',
  legend: {
    O: 'ink',
    H: 'heroBlue',
    L: 'heroBlueLight',
    D: 'heroBlueDark',
    Y: 'goldLight',
    G: 'gold',
    T: 'goldDark',
    A: 'hair',
    F: 'skin',
    s: 'skinShade',
    K: 'ink',
    R: 'mouthRed',
    W: 'steelLight',
    S: 'steel',
    m: 'steelDark',
    C: 'capeRed',
    c: 'capeDark',
    B: 'leather',
    b: 'leatherDark',
    P: 'heroBlueDark',
  },
  grid: [
    '................................',
    '.....OO.......OOOO..............',
    '....OWSO......OYGO..............',
    '....OWSO...OOOOYGOOOO...........',
    '....OWSO..OLLHOYGOHHDO..........',
    '....OWSO.OLHHHOYGOHHHDO.........',
    '....OWSO.OLHHHHOOHHHHDO.........',
    '....OWSO.OYYGGGGGGGGGTO.........',
    '....OWSOOLHOAAAAAAAAOHDO........',
    '....OWSOOLHOAFFAFFAAOHDO........',
    '....OWSOOLHOFKFFFFKFOHDO........',
    '....OWSOOLHOFKFFFFKFOHDO........',
    '....OWSOOLHOFFFFFFFsOHDO........',
    '....OWSO.OHOsFFRRFFsOHO.........',
    '....OWSO..OOOssFFssOOO..........',
    '....OWmO.....OOOOOO.............',
    '...OYGGTOOOOOHHHHHHOOOO.........',
    '....OFFOOOWWSOHHHHOSSmOO........',
    '....OFsOHOSSmOHHHHOOOOOOOOOOOO..',
    '....OOOODOOOOLHGGHHOWWWWWWWWmO..',
    '....OGTOOOOLHHGYYGHOWCCCYCCcmO..',
    '.....OOOCcOLHHHGGHHOWCCYGYCcmO..',
    '.......OCcOYYGGGGGGOWCYGTGYcmO..',
    '.......OCcOLHHHHHHHOWCCYGYCcmO..',
    '.......OCcOHHDHHDHHDOWCCYCcmO...',
    '.......OCcOOOOOOOOOOOWCCCCcmO...',
    '.......OOc..OPPOOPPO.OWCCcmO....',
    '........OO..OPPOOPPO..OWmmO.....',
    '...........OBBBOOBBbO..OOO......',
    '...........OBBbOOBBbO...........',
    '...........OOOOOOOOOO...........',
    '................................',
  ],
};
