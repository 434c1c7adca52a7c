// The page's entry (index.html loads it): starts what the game config does not own, then the game.
// The font slices download while Phaser boots; a test build first loads its fault fixtures.
import '@fontsource/dotgothic16/400.css';
import { loadFonts } from './game/app/fonts.ts';
import { loadTestCombatants } from './game/app/roster.ts';
import { installTestApi } from './game/testing/test-api.ts';
import { createGame } from './game/main.ts';

void loadFonts();
installTestApi();
void loadTestCombatants().then(() => createGame('game'));
