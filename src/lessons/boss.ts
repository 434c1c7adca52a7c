// Chapter 5: a boss whose phases are generators of their own. `yield*` hands every next() (and
// every value sent, return() and throw()) through to the phase, and evaluates to what it returns.
export function* phase(name: string, turns: number): Generator<string, number, number | undefined> {
  let damage = 0; // py:phase-start
  for (let turn = 1; turn <= turns; turn++) { // py:phase-loop
    damage += (yield `${name} ${turn}`) ?? 0; // py:phase-yield
  }
  return damage; // py:phase-return
}

export function* boss(): Generator<string, number, number | undefined> {
  const calm = yield* phase('calm', 2); // py:calm
  const angry = yield* phase('angry', 2); // py:angry
  return calm + angry; // py:boss-return
}
