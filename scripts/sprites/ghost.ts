import type { SpriteDef } from './types.ts';

/**
 * A white sheet ghost: round hood, stubby arms raised to spook, hollow eyes,
 * a wailing mouth, and a wispy tail that curls off to one side.
 *
 *   O outline   W sheet   S shade   E deep shade   K eyes   R mouth   P tongue
 */
export const ghost: SpriteDef = {
  key: 'ghost',
  legend: {
    O: 'ink',
    W: 'ghostWhite',
    S: 'ghostShade',
    E: 'ghostDeep',
    K: 'ink',
    R: 'mouthRed',
    P: 'tongue',
  },
  grid: [
    '............................',
    '............................',
    '...........OOOOOO...........',
    '.........OOWWWWWWOO.........',
    '.......OOWWWWWWWWWWOO.......',
    '.......OWWWWWWWWWWWSO.......',
    '......OWWWWWWWWWWWWWSO......',
    '.....OWWWWWWWWWWWWWSSSO.....',
    '.....OWWWKKWWWWWKKWSSSO.....',
    '.....OWWWKKWWWWWKKWSSSO.....',
    '....OWWWWKKWWWWWKKWWSSSO....',
    '....OWWWWWWWWWWWWWWWSSSO....',
    '....OOWWWWWWWWWWWWWWSSOO....',
    '...OWWWWWWWWOOOOWWWSSSSSO...',
    '..OWWWOWWWWORRRROWWSSSSSSO..',
    '..OWSOOWWWWORPPROWWSSSOSSO..',
    '...OO..OWWWWOOOOWWSSSO.OO...',
    '........OWWWWWWWWWSSSO......',
    '........OWWWWWWWWWSSSO......',
    '.........OWWWWWWWWSSSO......',
    '..........OWWWWWWSSSO.......',
    '..........OWWWWWWSSSO.......',
    '...........OWWWWWSSSO.......',
    '............OWWWSSSO........',
    '.............OWWSSSO........',
    '..............OWSSSO........',
    '...............OSSSO....OO..',
    '...............OSSSSO..OSO..',
    '................OSSSSOOSSO..',
    '.................OOSSSSSO...',
    '...................OOOOO....',
    '............................',
  ],
};
