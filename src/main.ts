// The page's entry (index.html loads it): starts what the game config does not own, then the game.
// The font slices download while Phaser boots. window.__game is read-only in production; a test
// build (and the dev server) swaps in the full test API and loads its fault fixtures first.
import '@fontsource/dotgothic16/400.css';
import { loadFonts } from './game/app/fonts.ts';
import { gameApi, publishApi } from './game/testing/game-api.ts';
import { createGame } from './game/main.ts';
import { mountMirror } from './game/a11y/mirror.ts';
import { gameState } from './game/app/game-state.ts';

void loadFonts();
publishApi(gameApi());
// The game in words for screen readers, beside the canvas (src/game/a11y/mirror.ts).
mountMirror(gameApi(), { bindings: () => gameState().keys.bindings });
const testBuild = import.meta.env.MODE === 'production'
  ? Promise.resolve()
  : import('./game/testing/test-api.ts').then((m) => m.startTestBuild());
void testBuild.then(() => createGame('game'));
