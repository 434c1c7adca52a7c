// What the engine checks on every status a combatant yields, beyond its shape (validate.ts): the
// generator owns its HP, the engine never writes it, it checks it. Each rule gives one sentence in
// both languages that names the line and says what to do. Nothing here allocates unless a rule is
// broken, because it runs on every resume.
import type { LocalText, Side } from './protocol.ts';
import type { Frame } from './sites.ts';
import { show } from './validate.ts';

/** The rules, by name; the fuzzer reports these names. */
export type RuleName = 'hp-after-death' | 'hp-above-max' | 'hp-not-integer' | 'hp-wrong-sign' | 'enemy-command' | 'finally-throw' | 'finally-yield';

export interface RuleBreak {
  readonly rule: RuleName;
  readonly text: LocalText;
}

/** `slime.ts:7`, or the file alone when its source was not instrumented. */
export function place(at: Frame | null, kind: string): string {
  return at ? `${at.file}:${at.line}` : `${kind}.ts`;
}

/**
 * The rules on one yielded HP: `prevHp` is the HP it yielded before, `sent` what `next()` carried in.
 * null when all is well (the common case: no allocation).
 */
export function checkYieldedHp(hp: number, prevHp: number, sent: unknown, maxHp: number, at: Frame | null, kind: string): RuleBreak | null {
  if (Number.isSafeInteger(hp) && hp > 0 && hp <= maxHp && (typeof sent !== 'number' || (sent < 0 ? hp <= prevHp : hp >= prevHp))) return null;
  const where = place(at, kind);
  if (!Number.isSafeInteger(hp)) {
    return {
      rule: 'hp-not-integer',
      text: {
        en: `yielded HP ${show(hp)} at ${where}; HP must be a whole number. Round what you add or take away (Math.floor), or keep to the numbers next() sends in`,
        ja: `${where} で HP ${show(hp)} を yield しました。HP は せいすう(整数) に してください。たしひき する かずを Math.floor で まるめるか、next() で おくられた かずだけを つかってください`,
      },
    };
  }
  if (hp <= 0) {
    return {
      rule: 'hp-after-death',
      text: {
        en: `still yielded after its HP reached ${hp} (at ${where}): a coroutine that dies must \`return\`, like the memo's \`return 0\`. Add \`if (hp <= 0) return 0;\` before the yield`,
        ja: `HP が ${hp} に なったのに まだ yield しました (${where})。しんだ コルーチンは メモの \`return 0\` のように \`return\` します。yield の まえに \`if (hp <= 0) return 0;\` を かいてください`,
      },
    };
  }
  if (typeof sent === 'number' && (sent < 0 ? hp > prevHp : sent > 0 && hp < prevHp)) {
    const hurt = sent < 0;
    return {
      rule: 'hp-wrong-sign',
      text: {
        en: `was sent ${sent} (${hurt ? 'damage' : 'healing'}) but its HP went from ${prevHp} to ${hp} (at ${where}). The number sent in is already negative for damage: add it, hp += received (or hurtOrHeal), never hp -= received`,
        ja: `${sent} (${hurt ? 'ダメージ' : 'かいふく'}) を おくられたのに HP が ${prevHp} から ${hp} に なりました (${where})。ダメージは はじめから マイナスの かずです。hp += received (または hurtOrHeal) と たしてください。hp -= received では ぎゃくに なります`,
      },
    };
  }
  if (hp > maxHp) {
    return {
      rule: 'hp-above-max',
      text: {
        en: `yielded HP ${hp} at ${where}, above its maxHp ${maxHp}. Cap healing at maxHp: hp = hurtOrHeal(hp, received, stats.maxHp)`,
        ja: `${where} で HP ${hp} を yield しました。さいだいHP (maxHp ${maxHp}) を こえています。かいふくは maxHp まで: hp = hurtOrHeal(hp, received, stats.maxHp) と かいてください`,
      },
    };
  }
  return null;
}

/** Only a party member asks the player; checkStatus gives the shape error, this its place. */
export function enemyCommand(value: unknown, side: Side, at: Frame | null, kind: string): RuleBreak | null {
  if (side !== 'enemy' || (value as { act?: unknown } | null)?.act !== 'command') return null;
  const where = place(at, kind);
  return {
    rule: 'enemy-command',
    text: {
      en: `yielded act: 'command' at ${where}, but only a party member (side 'hero') asks the player. An enemy decides itself: yield { hp, act: attack() }`,
      ja: `${where} で act: 'command' を yield しました。プレイヤーに きくのは なかま (side 'hero') だけです。モンスターは じぶんで きめます: yield { hp, act: attack() }`,
    },
  };
}

/** The line of `file` in an error's stack, if the stack names it. */
export function lineInStack(error: unknown, file: string): number | null {
  const stack = error instanceof Error && typeof error.stack === 'string' ? error.stack : '';
  const i = stack.indexOf(`${file}:`);
  if (i < 0) return null;
  const m = /^:(\d+)/.exec(stack.slice(i + file.length));
  return m ? Number(m[1]) : null;
}

/** An error thrown from `finally` while the engine closed the generator with return(). */
export function finallyThrew(error: unknown, at: Frame | null, kind: string): RuleBreak {
  const file = at?.file ?? `${kind}.ts`;
  const line = lineInStack(error, file);
  const where = line !== null ? `${file}:${line}` : place(at, kind);
  const what = error instanceof Error ? `${error.name}: ${error.message}` : show(error);
  return {
    rule: 'finally-throw',
    text: {
      en: `threw ${what} from its finally block during return() (at ${where}), while the battle was closing it. A finally block runs when the coroutine is closed: it may clean up, but must not throw`,
      ja: `バトルが return() で とじている とちゅう、finally の なかで ${what} を なげました (${where})。finally は コルーチンを とじる ときに うごきます。かたづけは よいですが、エラーを なげては いけません`,
    },
  };
}

/** A `yield` inside `finally` while return() closes it: the coroutine refuses to end. */
export function finallyYielded(at: Frame | null, kind: string): RuleBreak {
  const where = place(at, kind);
  return {
    rule: 'finally-yield',
    text: {
      en: `yielded from its finally block during return() (at ${where}): a zombie coroutine that will not end. Do not yield inside finally; return() must be able to close it`,
      ja: `return() で とじている とちゅう、finally の なかで yield しました (${where})。おわらない ゾンビ コルーチン です。finally の なかでは yield しないでください`,
    },
  };
}

/** What closing a generator with return() showed: a finally that yielded or threw, or null. */
export function closeFault(task: { readonly closeYields: number; readonly state: string; readonly error: unknown; readonly sites: { readonly at: Frame | null } }, kind: string): RuleBreak | null {
  if (task.closeYields > 0) return finallyYielded(task.sites.at, kind);
  if (task.state === 'errored') return finallyThrew(task.error, task.sites.at, kind);
  return null;
}

/** The fault message: English, then Japanese on its own line. */
export function ruleMessage(b: RuleBreak): string {
  return `${b.text.en}\n${b.text.ja}`;
}
