// The authoring kit as the sandbox loads it: the real src/core/kit.ts and protocol.ts, types
// stripped by sucrase, so a monster in the playground calls exactly the code a shipped one calls.
import { transform } from 'sucrase';
import kitTs from '../../core/kit.ts?raw';
import protocolTs from '../../core/protocol.ts?raw';

/** Module names as QuickJS normalises them from `src/combatants/<file>`. */
const RAW: Readonly<Record<string, string>> = { 'src/core/kit.ts': kitTs, 'src/core/protocol.ts': protocolTs };

const strip = (ts: string) => transform(ts, { transforms: ['typescript'], disableESTransforms: true }).code;

/** The JavaScript of a kit module, or null for any other name. */
export function kitModuleSource(name: string): string | null {
  const raw = RAW[name];
  return raw === undefined ? null : strip(raw);
}
