#!/usr/bin/env node
// Browser tests must never silently skip, so `npm test` first makes sure a Chromium exists.
// Lookup order matches test/browser/browser.ts so both agree on which binary runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return path && isExecutable(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

async function findChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (isExecutable(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
    // An explicit setting that is wrong is a mistake to report, not to paper over.
    console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file.`);
    process.exit(1);
  }
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  return onPath('chromium') ?? onPath('chromium-browser') ?? (await playwrightChromium());
}

function run(cmd, args, env = process.env) {
  console.log(`ensure-chromium: running ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', env }).status === 0;
}

function install() {
  if (process.getuid?.() === 0 && onPath('apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update'], env) && run('apt-get', ['install', '-y', 'chromium'], env)) return;
  }
  // Fallback for non-root / non-Debian machines: Playwright's own Chromium build.
  run('npx', ['--no-install', 'playwright-core', 'install', 'chromium']);
}

function version(path) {
  try {
    // stdout only: Debian's wrapper script prints harmless shell noise on stderr.
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000 }).trim();
  } catch {
    return 'version unknown';
  }
}

let chromium = await findChromium();
if (!chromium) {
  console.log('ensure-chromium: no Chromium found, trying to install one…');
  install();
  chromium = await findChromium();
}
if (!chromium) {
  console.error(
    [
      'ensure-chromium: no Chromium available, so the browser tests cannot run.',
      'Fix one of:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium',
      '  - any OS:        npx playwright-core install chromium',
      '  - or point CHROMIUM_PATH at an existing Chromium/Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`ensure-chromium: using ${chromium} (${version(chromium)})`);
