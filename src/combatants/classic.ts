// The seed's coroutine_hp_counter, nearly line for line. Classic mode runs two of these.
import type { SaidLine } from '../core/events.ts';

/** Where the seed calls print(); the engine turns each line into an event, then into text. */
export type Say = (line: SaidLine) => void;

export function* hpCounter(hpCounterName: string, initialHp: number, say: Say): Generator<number, number, number | undefined> {
  let count = initialHp;
  void hpCounterName; // the display name comes from the battle's cast, in the player's language
  while (true) {
    say({ key: 'hp', hp: count }); //                 print(f"{name} のげんざいのHP: {count}")
    const received = yield count;
    if (received !== undefined) {
      if (received < 0) {
        const damage = Math.abs(received);
        count -= damage;
        say({ key: 'damage', amount: damage }); //     print(f"{name} は {received} のダメージ!")
        if (count <= 0) {
          say({ key: 'died' }); //                    print(f"{name} はしんでしまった")
          return 0;
        }
      } else if (received > 0) {
        count += received;
        say({ key: 'healed', amount: received }); //  print(f"{name} は HPが {received} かいふくした")
      }
    }
  }
}
