// A coroutine for the event loop: it yields what it waits for, and the loop resumes it when that is
// over (`await` does this for an async function). This casts one spell after the other: 30 in all.
// Cast both together, so the whole takes 20: yield { all: [ …both… ] } (Promise.all, asyncio.gather).
export default function* main() {
  yield { sleep: 10, spell: 'hoimi' };
  yield { sleep: 20, spell: 'gira' };
}
