// The browser tests drive and observe the game through this one global instead of
// poking at Phaser internals, so refactors inside the game don't break the tests.
export interface GameTestApi {
  ready: boolean;
  scene: string;
}

declare global {
  interface Window {
    __game?: GameTestApi;
  }
}

export function setTestApi(api: GameTestApi): void {
  window.__game = api;
}
