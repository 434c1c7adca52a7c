// Which Chromium to drive and with which flags: one place for the browser tests and the benchmark.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from 'playwright-core';

// Fixed flags so every machine renders the same way: SwiftShader gives deterministic software WebGL.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
  '--autoplay-policy=no-user-gesture-required',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// Same order as scripts/ensure-chromium.mjs, which runs before vitest in `npm test`.
export function chromiumPath(): string {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) {
    if (isExecutable(explicit)) return explicit;
    throw new Error(`CHROMIUM_PATH=${explicit} is not an executable file.`);
  }
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .flatMap((dir) => (dir ? [join(dir, 'chromium'), join(dir, 'chromium-browser')] : []));
  const found = ['/usr/bin/chromium', ...onPath, chromium.executablePath()].find(isExecutable);
  // Browser tests must fail, never skip, when there is nothing to run them in.
  if (!found) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` or set CHROMIUM_PATH.');
  return found;
}
