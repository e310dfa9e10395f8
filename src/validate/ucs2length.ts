// Replaces ajv's runtime `ucs2length` in the bundle (scripts/build.mjs): the same count of code
// points (a surrogate pair counts once, a lone surrogate once), without a loop over every character
// of every string: the schema's minLength checks call it on each text of each file.
const PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
const HIGH = /[\uD800-\uDBFF]/;

export default function ucs2length(str: string): number {
  if (!HIGH.test(str)) return str.length;
  return str.length - (str.match(PAIR)?.length ?? 0);
}
