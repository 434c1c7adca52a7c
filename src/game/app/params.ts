// URL parameters, read once at boot. Every value is validated: a bad one falls back to the
// default and leaves a short notice (the raw text is never shown back as HTML).
import { parseSeed } from '../../core/rng.ts';
import type { Lang, LocalText } from '../../core/protocol.ts';
import { SPEED_MAX, SPEED_MIN } from '../battle/speed.ts';
import { quoteValue } from './url-notices.ts';

export interface LaunchParams {
  readonly seed: number | null;
  readonly lang: Lang | null;
  readonly enemy: string | null;
  /** ?enemies=a,b,c: a one-off fight against several monsters (validated like ?enemy). */
  readonly enemies: readonly string[] | null;
  readonly speed: number | null;
  readonly classic: boolean;
  readonly damage: readonly number[];
  /** Test aids: the hero's starting HP, the floor a new adventure starts on, instant text. */
  readonly hp: number | null;
  readonly floor: number | null;
  /** ?steps=N: the battle's step budget (a test aid; the core's default when absent). */
  readonly steps: number | null;
  readonly instantText: boolean;
  /** ?stress=N: a self-playing battle with N combatants, for the frame-rate benchmark (src/game/battle/stress.ts). */
  readonly stress: number | null;
  /** ?party=mage,priest: companions a new adventure starts with (a test aid, like ?floor). */
  readonly party: readonly string[] | null;
  /** One per bad value, in both languages (shown in the player's). */
  readonly notices: readonly LocalText[];
}


export { SPEED_MAX, SPEED_MIN };

export function parseParams(search: string, knownEnemies: readonly string[], floors: number, knownCompanions: readonly string[] = []): LaunchParams {
  const q = new URLSearchParams(search);
  const notices: LocalText[] = [];
  // Only the first 40 characters of a bad value are quoted, so a long URL cannot flood the screen.
  const bad = (name: string, value: string, why: string, ja: string) => notices.push({
    en: `?${name}=${quoteValue(value)} ignored: ${why}`,
    ja: `?${name}=${quoteValue(value)} は つかいません: ${ja}`,
  });

  let seed: number | null = null;
  const seedText = q.get('seed');
  if (seedText !== null) {
    seed = parseSeed(seedText);
    if (seed === null) bad('seed', seedText, 'expected an integer 0–2147483647', '0〜2147483647 の せいすう に してください');
  }

  let lang: Lang | null = null;
  const langText = q.get('lang');
  if (langText !== null) {
    if (langText === 'ja' || langText === 'en') lang = langText;
    else bad('lang', langText, 'expected ja or en', 'ja か en に してください');
  }

  let enemy: string | null = null;
  const enemyText = q.get('enemy');
  if (enemyText !== null) {
    if (knownEnemies.includes(enemyText)) enemy = enemyText;
    else bad('enemy', enemyText, `expected one of ${knownEnemies.join(', ')}`, `${knownEnemies.join('、')} の どれか に してください`);
  }

  let enemies: string[] | null = null;
  const enemiesText = q.get('enemies');
  if (enemiesText !== null) {
    const parts = enemiesText.split(',');
    if (parts.length <= 12 && parts.every((p) => knownEnemies.includes(p))) enemies = parts;
    else bad('enemies', enemiesText, 'expected up to 12 known enemies separated by commas', 'しっている てき を コンマ で 12 まで ならべてください');
  }

  let speed: number | null = null;
  const speedText = q.get('speed');
  if (speedText !== null) {
    const n = /^\d+(\.\d+)?$/.test(speedText) ? Number(speedText) : NaN;
    if (n >= SPEED_MIN && n <= SPEED_MAX) speed = n;
    else bad('speed', speedText, `expected a number ${SPEED_MIN}–${SPEED_MAX}`, `${SPEED_MIN}〜${SPEED_MAX} の かず に してください`);
  }

  const classicText = q.get('classic');
  const classic = classicText === '1' || classicText === 'true';
  if (classicText !== null && !classic && classicText !== '0' && classicText !== 'false') bad('classic', classicText, 'expected 1 or 0', '1 か 0 に してください');

  let damage: number[] = [];
  const damageText = q.get('damage');
  if (damageText !== null) {
    const parts = damageText.split(',');
    const ok = parts.length <= 200 && parts.every((p) => /^\d{1,4}$/.test(p) && Number(p) > 0);
    if (ok) damage = parts.map(Number);
    else bad('damage', damageText, 'expected positive integers separated by commas', 'せいの せいすう を コンマ で ならべてください');
  }

  const int = (name: string, min: number, max: number): number | null => {
    const text = q.get(name);
    if (text === null) return null;
    const n = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
    if (n >= min && n <= max) return n;
    bad(name, text, `expected an integer ${min}–${max}`, `${min}〜${max} の せいすう に してください`);
    return null;
  };
  const hp = int('hp', 1, 999);
  const floor = int('floor', 1, floors);
  const steps = int('steps', 1, 100000);

  const stress = int('stress', 2, 400); // STRESS_MIN–STRESS_MAX in stress.ts

  let party: string[] | null = null;
  const partyText = q.get('party');
  if (partyText !== null) {
    const parts = partyText.split(',');
    if (parts.length <= 2 && new Set(parts).size === parts.length && parts.every((p) => knownCompanions.includes(p))) party = parts;
    else bad('party', partyText, `expected up to 2 of ${knownCompanions.join(', ')} separated by commas`, `${knownCompanions.join('、')} を コンマ で 2 まで ならべてください`);
  }

  const textParam = q.get('text');
  const instantText = textParam === 'instant';
  if (textParam !== null && !instantText) bad('text', textParam, 'expected instant', 'instant に してください');

  return { seed, lang, enemy, enemies, speed, classic, damage, hp, floor, steps, instantText, stress, party, notices };
}
