// Is a text French or English? franc-min (bench/language/compare.mjs compared it with tinyld and
// eld on short posts: docs/posts.md), loaded on first use only. Links, hashtags and mentions are
// left out: they are names, not words of the language.

/** ISO 639-3 codes franc-min returns, for the two languages the product speaks. */
const CODES = { fra: 'fr', eng: 'en' } as const;
const NOT_WORDS = /https?:\/\/\S+|www\.\S+|[#@][\p{L}\p{N}_.@-]+/gu;
/** franc-min answers "undetermined" below this many characters: too short to tell. */
export const MIN_LENGTH = 20;

type Franc = (text: string, options: { minLength: number; only: string[] }) => string;
let loading: Promise<Franc> | undefined;

/** 'fr' or 'en' when the text says it clearly enough, undefined when it is too short to tell. */
export async function frenchOrEnglish(text: string): Promise<'fr' | 'en' | undefined> {
  const words = text.replace(NOT_WORDS, ' ').replace(/\s+/g, ' ').trim();
  if ([...words.matchAll(/\p{L}/gu)].length < MIN_LENGTH) return undefined;
  loading ??= import('franc-min').then((m) => m.franc as Franc);
  const code = (await loading)(words, { minLength: MIN_LENGTH, only: Object.keys(CODES) });
  return CODES[code as keyof typeof CODES];
}
