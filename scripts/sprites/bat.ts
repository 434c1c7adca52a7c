import type { SpriteDef } from './types.ts';

/**
 * A Dracky-style bat: a round purple ball with pointed ears, big eyes, a
 * fanged grin, scalloped bat wings and a little pointed tail.
 *
 *   O outline   L light   B body   D shade   V wing membrane
 *   W eye white / fangs   K pupil   R mouth
 */
export const bat: SpriteDef = {
  key: 'bat',
  legend: {
    O: 'ink',
    L: 'batLight',
    B: 'batPurple',
    D: 'batDark',
    V: 'wingDark',
    W: 'white',
    F: 'fang',
    K: 'ink',
    R: 'mouthRed',
  },
  grid: [
    '.........O............O.........',
    '.........OO..........OO.........',
    'O........OLO........OBO........O',
    'OO.......OLBO.OOOO.OBBO.......OO',
    'OBO......OLBBOLLBBOBBBO......OBO',
    'OBVO.....OLBBLLBBBBBBBO.....OVBO',
    'OBVVO....OLOOOBBBBOOODO....OVVBO',
    'OBVVVO...OOWWWOBBOWWWOO...OVVVBO',
    'OBVVVVOOOLOWKKOBBOKKWOBOOOVVVVBO',
    'OBVVVVVVOLOWKKOBBOKKWOBOVVVVVVBO',
    'OBVVBVVVOLBOOOBBBBOOOBBOVVVBVVBO',
    'OBVVBVVVOBBBBBBBBBBBBBBOVVVBVVBO',
    'OBVVBVVBOBBOBBBBBBBBOBBOBVVBVVBO',
    'OBOOBVVBOBBBOOOOOOOOBBDOBVVBOOBO',
    'OO.OOBOOOBBBOFRRRRFOBDDOOOBOO.OO',
    '....OO..OOBBBOFRRFOBDDOO..OO....',
    '..........OBBBOOOOBDDO..........',
    '..........OOBBBBBBDDOO..........',
    '............OOBBBDOO............',
    '..............OOBO..............',
    '................OBO.............',
    '................OBBO............',
    '.................OO.............',
    '................................',
  ],
};
