// What a party member's file imports besides the kit: its MP after a command, and after
// まほうのせいすい. (The kit itself imports only the protocol, so the playground can load it alone.)
import type { Command, Restore } from './protocol.ts';
import { SPELLS } from './rules.ts';

/** A party member's MP after its command: a spell costs its MP, anything else nothing. */
export function mpAfter(mp: number, command: Command): number {
  return command.kind === 'spell' ? mp - SPELLS[command.spell].mp : mp;
}

/** A party member's MP after まほうのせいすい (`{ kind: 'restore', mp }`), never above `maxMp`. */
export function restored(mp: number, received: Restore, maxMp: number): number {
  return Math.min(maxMp, mp + received.mp);
}
