// A boss with two phases. Each phase yields its moves and returns the damage it was sent.
// Make the boss return the damage of both phases together: `yield*` gives you each phase's return.
function* phase(name: string, turns: number): Generator<string, number, number | undefined> {
  let damage = 0;
  for (let turn = 1; turn <= turns; turn++) {
    damage += (yield `${name} ${turn}`) ?? 0;
  }
  return damage;
}

export default function* boss(): Generator<string, number, number | undefined> {
  yield* phase('calm', 2);
  yield* phase('angry', 2);
  return 0;
}
