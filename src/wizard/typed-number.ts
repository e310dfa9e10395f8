// A number as a person types it at the baseline and target questions, read in the plan's language
// by the reader of the export figures (report/read/numbers.ts): "12,000" is twelve thousand in
// English, "1 200" and "1,5" read as French writes them. What could be two numbers ("2,5" in
// English) is refused with a hint, never guessed: the file must hold the number the prompt echoed.
import type { Lang } from '../i18n/index.js';
import { parseFigure } from '../report/read/numbers.js';

export type TypedNumber = { value: number } | { problem: 'not-a-number' | 'ambiguous' };

// "12,000" in French: twelve with three decimals by the book, but Québec often writes thousands
// with a comma by English habit ("12,000 $"), so it could be either.
const FRENCH_COMMA_THOUSANDS = /^[-+\u2212]?[1-9]\d{0,2},\d{3}$/;
// The number alone: digits, a sign, separators. The unit ("%", "$", "CAD") is its own question.
const DIGITS_ONLY = /^[-+\u2212]?[\d.,\s\u00a0\u202f\u2009]*\d[\d.,\s\u00a0\u202f\u2009]*$/;

export function readTypedNumber(text: string, lang: Lang): TypedNumber {
  const trimmed = text.trim();
  if (!DIGITS_ONLY.test(trimmed)) return { problem: 'not-a-number' };
  if (lang === 'fr' && FRENCH_COMMA_THOUSANDS.test(trimmed)) return { problem: 'ambiguous' };
  // A rate, not a count: a count would read "1,234" as thousands in French too.
  const figure = parseFigure(trimmed, 'rate', lang);
  if ('problem' in figure) return { problem: figure.problem };
  if ('empty' in figure) return { problem: 'not-a-number' };
  return { value: figure.value };
}
