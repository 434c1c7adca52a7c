// What the screen reader hears of a notice. A notice about a bad URL parameter quotes the value it
// ignored (?seed="abc" ignored: …), which helps a sighted player spot a typo. Read out, a value with
// markup or punctuation in it is noise at best and someone else's words at worst (a hostile link
// puts `<script>…` there), so the mirror says only that a value was given and why it was ignored.
const PLAIN_VALUE = /^[\p{L}\p{N} ._-]{0,24}$/u;

export function spokenNotice(text: string): string {
  return text.replace(/^(\?[\w-]+)="(.*?)"( ignored| は)/su, (whole, name: string, value: string, rest: string) => (PLAIN_VALUE.test(value) ? whole : `${name}=…${rest}`));
}
