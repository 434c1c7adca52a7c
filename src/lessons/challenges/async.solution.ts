// Both spells at once: the loop sleeps them side by side and resumes main when both are done.
export default function* main() {
  yield { all: [{ sleep: 10, spell: 'hoimi' }, { sleep: 20, spell: 'gira' }] };
}
