// Short ids made from sentences: an objective's id, a custom metric's name. Used by the wizard and
// by the strategy model (which `plan validate` loads without the wizard).

// Words that carry no meaning in an id, French and English (elided l’ d’ qu’ become single letters).
const STOP_WORDS = new Set([
  'a', 'au', 'aux', 'c', 'ce', 'ces', 'cette', 'd', 'dans', 'de', 'des', 'du', 'en', 'et', 'j', 'l', 'la', 'le', 'les', 'leur', 'leurs',
  'm', 'n', 'nos', 'notre', 'ou', 'par', 'pour', 'qu', 'que', 's', 'sa', 'ses', 'son', 'sur', 't', 'un', 'une', 'vos', 'votre', 'y', 'autour', 'avec', 'chez', 'entre', 'parmi',
  'among', 'an', 'and', 'around', 'as', 'between', 'at', 'by', 'for', 'from', 'in', 'into', 'its', 'of', 'on', 'or', 'our', 'the', 'their', 'to', 'with', 'your',
]);

const SHORT_ID_MAX = 32;

/**
 * A short, readable id from a sentence: its first four significant words, accents folded, stop
 * words skipped, cut at a word boundary within 32 characters. "Bâtir une communauté engagée
 * autour de nos publications" → "batir-communaute-engagee".
 */
export function shortId(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const significant = words.filter((w) => !STOP_WORDS.has(w));
  const pool = significant.length > 0 ? significant : words;
  let id = '';
  for (const word of pool.slice(0, 4)) {
    const next = id === '' ? word : `${id}-${word}`;
    if (next.length > SHORT_ID_MAX) break;
    id = next;
  }
  // A single word longer than the limit is the only case cut mid-word.
  if (id === '' && pool.length > 0) id = pool[0]!.slice(0, SHORT_ID_MAX);
  return id === '' ? 'item' : id;
}
