// A boss with two phases: `yield*` passes every next(value) to the phase and evaluates to its return.
function* phase(name: string, turns: number): Generator<string, number, number | undefined> {
  let damage = 0;
  for (let turn = 1; turn <= turns; turn++) {
    damage += (yield `${name} ${turn}`) ?? 0;
  }
  return damage;
}

export default function* boss(): Generator<string, number, number | undefined> {
  const calm = yield* phase('calm', 2);
  const angry = yield* phase('angry', 2);
  return calm + angry;
}
