// `plan init --edit FILE`: add `measure:` lines to the objectives of an existing strategy, every
// other byte of the file kept (comments, quotes, blank lines, key order, flow maps as written).
// The yaml Document API finds where each objective ends; the text is spliced there, then read back
// and compared with the original data plus the measures: an edit that would change anything else
// is refused, so the file can never be damaged by it. Pure: text in, text out.
import { isDeepStrictEqual } from 'node:util';
import { isMap, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import { measureFlow } from './measure.js';
import type { ObjectiveMeasure } from './types.js';

export interface MeasureEdit {
  /** The objective's index in `objectives` and its id. */
  index: number;
  id: string;
  /** 1-based line of the added text in the new file. */
  line: number;
  /** The line as added (without its indentation). */
  text: string;
}

export type AddMeasuresResult = { text: string; edits: MeasureEdit[] } | { problem: 'not-a-strategy' | 'would-change' };

/** The objectives of a strategy text that have no `measure`, with what the guess needs. */
export function objectivesWithoutMeasure(data: unknown): { index: number; objective: Record<string, unknown> }[] {
  const objectives = isObject(data) && Array.isArray(data.objectives) ? data.objectives : [];
  return objectives.flatMap((objective, index) => (isObject(objective) && objective.measure === undefined ? [{ index, objective }] : []));
}

/** Add one `measure:` per entry of `measures` (objective index → measure) to `text`. */
export function addMeasures(text: string, measures: ReadonlyMap<number, ObjectiveMeasure>): AddMeasuresResult {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { problem: 'not-a-strategy' };
  const original = dataOf(doc);
  if (original === undefined) return { problem: 'not-a-strategy' };
  const seq = doc.get('objectives', true) as Node | undefined;
  if (!isSeq(seq)) return { problem: 'not-a-strategy' };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const padded = !/(^|[:\-,\[]\s*)\{[^\s}]/m.test(stripComments(text)) || /(^|[:\-,\[]\s*)\{ \S/m.test(stripComments(text));
  const expected = original as Record<string, unknown>;
  const splices: { at: number; insert: string; index: number; id: string; line: string }[] = [];
  for (const [index, measure] of [...measures].sort((a, b) => a[0] - b[0])) {
    const item = seq.items[index];
    if (!isMap(item) || item.has('measure') || !item.range) continue;
    const line = `measure: ${measureFlow(measure, padded)}`;
    const id = String(item.get('id') ?? index + 1);
    splices.push({ ...placeFor(text, item, line, eol), index, id, line });
    (expected.objectives as Record<string, unknown>[])[index]!.measure = { ...measure };
  }
  // From the end, so the offsets found in the original text stay right.
  let out = text;
  for (const splice of [...splices].sort((a, b) => b.at - a.at)) out = out.slice(0, splice.at) + splice.insert + out.slice(splice.at);
  const after = parseDocument(out);
  if (after.errors.length > 0 || !isDeepStrictEqual(dataOf(after), expected)) return { problem: 'would-change' };
  // Lines in the new file: each splice moves the later ones down by the lines it adds.
  let shift = 0;
  const edits = splices.map((splice) => {
    const line = lineOf(text, splice.at) + shift + (splice.insert.startsWith(eol) ? 1 : 0);
    shift += splice.insert.split(eol).length - 1;
    return { index: splice.index, id: splice.id, line, text: splice.line };
  });
  return { text: out, edits };
}

/**
 * Where the line goes: a block map gets it on a line of its own after the objective's last line
 * of content, at the indentation of its keys (a trailing comment on that line stays there); a flow
 * map `{id: a, ...}` gets `, measure: {...}` before its closing brace.
 */
function placeFor(text: string, item: YAMLMap, line: string, eol: string): { at: number; insert: string } {
  const [start, end] = item.range!;
  if (item.flow) {
    const close = text.lastIndexOf('}', end - 1);
    let at = close;
    while (at > start && /\s/.test(text[at - 1]!)) at--;
    return { at, insert: `, ${line}` };
  }
  const firstKey = item.items[0]?.key as Node | undefined;
  const keyStart = firstKey?.range?.[0] ?? start;
  const indent = ' '.repeat(keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1));
  let last = end;
  while (last > start && /\s/.test(text[last - 1]!)) last--;
  // A block scalar kept with its trailing blank lines (`|+`) ends where its range ends.
  const keepsBlanks = /\|[0-9]*\+|>[0-9]*\+/.test(text.slice(start, end));
  if (keepsBlanks) return text[end - 1] === '\n' ? { at: end, insert: `${indent}${line}${eol}` } : { at: end, insert: `${eol}${indent}${line}` };
  const lineEnd = text.indexOf('\n', last);
  const at = lineEnd === -1 ? text.length : text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  return { at, insert: `${eol}${indent}${line}` };
}

/** The data of a document, or undefined when aliases would blow it up ("a billion laughs"). */
export function dataOf(doc: ReturnType<typeof parseDocument>): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Comments out, for the style sniffing only (`# { like this }` says nothing about the file's maps). */
function stripComments(text: string): string {
  return text.replace(/(^|\s)#.*$/gm, '$1');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
