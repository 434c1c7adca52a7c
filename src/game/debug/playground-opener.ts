// The debugger's door to the playground (src/game/playground): Edit on a card or in the source view
// fetches the editor's chunk the first time, then opens the combatant's file in it. Until then the
// playground costs the debugger these few lines.
import type { Playground } from '../playground/editor-panel.ts';
import type { PanelContext } from './panel.ts';
import { liveSources } from './live-sources.ts';

export interface PlaygroundOpener {
  edit(id: string): void;
  destroy(): void;
}

export function playgroundOpener(ctx: PanelContext, host: HTMLElement): PlaygroundOpener {
  let playground: Promise<Playground> | null = null;
  let gone = false;
  return {
    edit(id) {
      const kind = ctx.kindOf.get(id) ?? ctx.session.snapshot().combatants.find((c) => c.id === id)?.kind;
      if (kind === undefined || kind === 'classic') return;
      playground ??= import('../playground/editor-panel.ts').then((m) => m.createPlayground({
        session: ctx.session,
        lang: ctx.lang,
        host,
        sourceOf: (k) => liveSources().get(k)?.text ?? null,
      }));
      playground.then((p) => gone || p.open(kind)).catch((err: unknown) => {
        playground = null;
        console.warn('[coroutine-quest] the playground failed to load:', err);
        ctx.say(String(err), true);
      });
    },
    destroy() {
      gone = true;
      void playground?.then((p) => p.destroy());
    },
  };
}
