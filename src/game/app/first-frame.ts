// Resolves once the first scene has drawn a frame. Work that the first frame does not need
// (audio: about 1 MB of WAV) waits for it, so the battle appears sooner.
let release: () => void = () => {};

export const firstFrame: Promise<void> = new Promise((resolve) => {
  release = resolve;
});

export function markFirstFrame(): void {
  release();
}
