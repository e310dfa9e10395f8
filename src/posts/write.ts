// A post to the text of its file: the front matter between two `---` lines (fields in a fixed
// order, so that two drafts read alike and diffs stay small), the body, then one `::: platform`
// block per variant. Pure: the command decides where the file goes (src/io/write.ts, never over
// an existing file). parsePost (src/posts/parse.ts) reads back exactly these fields and texts.
import { Document, Scalar, YAMLSeq } from 'yaml';
import { parsePost } from './parse.js';
import type { PostMeta } from './types.js';

export interface PostDraft {
  meta: PostMeta;
  /** The text every platform without a variant gets. */
  body: string;
  /** A platform's own text (`::: x` ... `:::`), in the order given. */
  variants?: readonly { platform: string; text: string }[];
}

/** The front matter's fields in the order a writer reads them: where and when, what, then who. */
export const META_ORDER = ['platforms', 'date', 'time', 'pillar', 'objective', 'audience', 'campaign', 'format', 'status', 'sponsored', 'partner', 'author', 'approved_by', 'humour'] as const;

/** A line the parser would take for a variant's marker (`::: x` or `:::`). */
const MARKER = /^:::/m;

/**
 * Why a text cannot be a post's body or variant as is, or undefined when it can: a line starting
 * with `:::` would open or close a variant, and an empty variant publishes nothing.
 */
export function textProblem(text: string): 'marker' | 'empty' | undefined {
  if (MARKER.test(text)) return 'marker';
  if (text.trim() === '') return 'empty';
  return undefined;
}

/**
 * The file's text. Throws a RangeError when the file would not read back as written (a text line
 * starting with `:::`, an empty variant, a code block left open before the variants): the writer
 * parses what it wrote, so a draft is never a file that means something else.
 */
export function renderPost(draft: PostDraft): string {
  const body = tidy(draft.body);
  if (MARKER.test(body)) throw new RangeError('a body line starts with ":::"');
  let out = `---\n${frontMatter(draft.meta)}---\n${body}\n`;
  const variants = (draft.variants ?? []).map((variant) => ({ platform: variant.platform, text: tidy(variant.text) }));
  for (const variant of variants) {
    if (textProblem(variant.text)) throw new RangeError(`the ${variant.platform} variant is empty or has a line starting with ":::"`);
    if (!/^[^\s:]\S*$/.test(variant.platform)) throw new RangeError(`"${variant.platform}" is not a platform id`);
    out += `\n::: ${variant.platform}\n${variant.text}\n:::\n`;
  }
  const back = parsePost(out, 'draft.md');
  const same = back.findings.length === 0 && back.post.body.text === body && back.post.variants.length === variants.length && back.post.variants.every((v, i) => v.platform === variants[i]!.platform && v.body.text === variants[i]!.text);
  if (!same) throw new RangeError('the post would not read back as written (a code block left open?)');
  return out;
}

/** Line ends as \n, no blank lines before the text nor white space after it (the parser drops them too). */
function tidy(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/^(?:[ \t]*\n)+/, '').replace(/\s+$/, '');
}

function frontMatter(meta: PostMeta): string {
  const known = META_ORDER.filter((key) => meta[key] !== undefined);
  const others = Object.keys(meta).filter((key) => meta[key] !== undefined && !(META_ORDER as readonly string[]).includes(key));
  const doc = new Document({});
  for (const key of [...known, ...others]) {
    const node = doc.createNode(meta[key]);
    // `platforms: [instagram, x]` on one line; a time quoted, so that YAML 1.1 readers
    // (js-yaml 3, gray-matter) read "08:30" and not the sexagesimal number 510.
    if (node instanceof YAMLSeq) node.flow = true;
    if (key === 'time' && node instanceof Scalar) node.type = Scalar.QUOTE_DOUBLE;
    doc.set(key, node);
  }
  return known.length + others.length === 0 ? '' : doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** A file-name part from free text: ASCII letters and digits, lower case, `-` between words. */
export function slugOf(text: string, max = 40): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // Ligatures NFKD keeps whole: « œuvre », « ex æquo ».
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '');
}

/**
 * `2027-01-12-instagram-quartier.md`: the date first (files sort by date), the platform, then what
 * the post is about. A name already in `taken` gets `-2`, `-3`... (several posts that day).
 */
export function draftFileName(parts: { date?: string; platform?: string; about?: string }, taken: ReadonlySet<string>): string {
  const stem = [parts.date, parts.platform && slugOf(parts.platform), parts.about && slugOf(parts.about)].filter(Boolean).join('-') || 'post';
  let name = `${stem}.md`;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}.md`;
  return name;
}
