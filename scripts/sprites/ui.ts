import type { SpriteDef } from './types.ts';

/**
 * Dragon Quest message-window frame, for a 9-slice with 8px insets: opaque
 * black fill, a 2px white border with rounded corners, and a 1px black rim
 * outside it so the window stays crisp on a bright backdrop. Each corner fits
 * in its 8x8 cell and the edge cells are uniform along their length, so the
 * window stretches to any size without artefacts.
 *
 *   W border   O black (rim and fill)
 */
export const uiFrame: SpriteDef = {
  key: 'ui-frame',
  legend: { W: 'uiWhite', O: 'uiBlack' },
  grid: [
    '..OOOOOOOOOOOOOOOOOOOO..',
    '.OOWWWWWWWWWWWWWWWWWWOO.',
    'OOWWWWWWWWWWWWWWWWWWWWOO',
    'OWWWOOOOOOOOOOOOOOOOWWWO',
    'OWWOOOOOOOOOOOOOOOOOOWWO',
    'OWWOOOOOOOOOOOOOOOOOOWWO',
    'OWWOOOOOOOOOOOOOOOOOOWWO',
    'OWWOOOOOOOOOOOOOOOOOOWWO',
    'OWWOOOOOOOOOOOOOOOOOOWWO',
    'OWWOOOOOOOOOOOOOOOOOOWWO',
    'OWWOOOOOOOOOOOOOOOOOOWWO',
    'OWWOOOOOOOOOOOOOOOOOOWWO',
    'OWWOOOOOOOOOOOOOOOOOOWWO',
    'OWWOOOOOOOOOOOOOOOOOOWWO',
    'OWWOOOOOOOOOOOOOOOOOOWWO',
    'OWWOOOOOOOOOOOOOOOOOOWWO',
    'OWWOOOOOOOOOOOOOOOOOOWWO',
    'OWWOOOOOOOOOOOOOOOOOOWWO',
    'OWWOOOOOOOOOOOOOOOOOOWWO',
    'OWWOOOOOOOOOOOOOOOOOOWWO',
    'OWWWOOOOOOOOOOOOOOOOWWWO',
    'OOWWWWWWWWWWWWWWWWWWWWOO',
    '.OOWWWWWWWWWWWWWWWWWWOO.',
    '..OOOOOOOOOOOOOOOOOOOO..',
  ],
};

/** Command cursor: a small white right-pointing triangle (▶). */
export const cursor: SpriteDef = {
  key: 'cursor',
  legend: { W: 'uiWhite' },
  grid: [
    '........',
    '.WW.....',
    '.WWWW...',
    '.WWWWWW.',
    '.WWWWWW.',
    '.WWWW...',
    '.WW.....',
    '........',
  ],
};

/*
 * Icons are small DQ-window buttons: a white 1px rounded border around a black
 * tile, with a 12x12 glyph in the middle, so they read on any backdrop.
 */

/** Debug toggle: a little red beetle (a "bug").   W legs / eyes   G head   R shell   K black */
export const iconDebug: SpriteDef = {
  key: 'icon-debug',
  legend: { K: 'uiBlack', W: 'uiWhite', G: 'uiGrey', R: 'uiRed' },
  grid: [
    '.WWWWWWWWWWWWWW.',
    'WKKKKKKKKKKKKKKW',
    'WKKKWKKKKKKWKKKW',
    'WKKKKWKKKKWKKKKW',
    'WKKKKKGGGGKKKKKW',
    'WKKKKGWGGWGKKKKW',
    'WKWKRRRKKRRRKWKW',
    'WKKWRWRKKRRRWKKW',
    'WKKKRKRKKRKRKKKW',
    'WKWWRKRKKRKRWWKW',
    'WKKKRRRKKRRRKKKW',
    'WKKWRRRKKRRRWKKW',
    'WKWKKRRKKRRKKWKW',
    'WKKKKKRKKRKKKKKW',
    'WKKKKKKKKKKKKKKW',
    '.WWWWWWWWWWWWWW.',
  ],
};

/** Sound on: a speaker with two sound waves.   W white   G grey   K black */
export const iconSpeakerOn: SpriteDef = {
  key: 'icon-speaker-on',
  legend: { K: 'uiBlack', W: 'uiWhite', G: 'uiGrey' },
  grid: [
    '.WWWWWWWWWWWWWW.',
    'WKKKKKKKKKKKKKKW',
    'WKKKKKKKKKKKKKKW',
    'WKKKKKKWKKKKKKKW',
    'WKKKKKWWKKKWKKKW',
    'WKKKKWGWKKKKWKKW',
    'WKWWWGGWKWKKWKKW',
    'WKWGGGGWKKWKKWKW',
    'WKWGGGGWKKWKKWKW',
    'WKWWWGGWKWKKWKKW',
    'WKKKKWGWKKKKWKKW',
    'WKKKKKWWKKKWKKKW',
    'WKKKKKKWKKKKKKKW',
    'WKKKKKKKKKKKKKKW',
    'WKKKKKKKKKKKKKKW',
    '.WWWWWWWWWWWWWW.',
  ],
};

/** Sound off: the same speaker, struck through with a red X.   R red */
export const iconSpeakerOff: SpriteDef = {
  key: 'icon-speaker-off',
  legend: { K: 'uiBlack', W: 'uiWhite', G: 'uiGrey', R: 'uiRed' },
  grid: [
    '.WWWWWWWWWWWWWW.',
    'WKKKKKKKKKKKKKKW',
    'WKKKKKKKKKKKKKKW',
    'WKKKKKKWKKKKKKKW',
    'WKKKKKWWKKKKKKKW',
    'WKKKKWGWKRKKKRKW',
    'WKWWWGGWKRRKRRKW',
    'WKWGGGGWKKRRRKKW',
    'WKWGGGGWKRRKRRKW',
    'WKWWWGGWKRKKKRKW',
    'WKKKKWGWKKKKKKKW',
    'WKKKKKWWKKKKKKKW',
    'WKKKKKKWKKKKKKKW',
    'WKKKKKKKKKKKKKKW',
    'WKKKKKKKKKKKKKKW',
    '.WWWWWWWWWWWWWW.',
  ],
};
