// From a path in the data to a range in the file: positions are computed only for findings,
// so a clean file never pays for them.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { PathSegment, Range } from '../diagnostics.js';

/** Where to point: at the value, at the key that holds it (unknown keys), or at the parent (missing keys). */
export type Anchor = 'value' | 'key';

interface Located {
  node: Node | null;
  pair?: Pair;
  /** How many segments of the path were found. */
  depth: number;
}

function resolve(doc: Document, node: unknown): Node | null {
  let current = node;
  for (let hops = 0; isAlias(current) && hops < 100; hops++) current = current.resolve(doc);
  return (current as Node | null) ?? null;
}

// Large maps get an index so that locating every one of many findings stays linear
// (200,000 unknown keys once took minutes).
const pairIndex = new WeakMap<object, Map<string, Pair>>();

function keyString(pair: Pair): string {
  const k = pair.key;
  return isScalar(k) ? String(k.value) : String(k);
}

function findPair(map: { items: Pair[] }, key: PathSegment): Pair | undefined {
  const wanted = String(key);
  if (map.items.length < 32) return map.items.find((pair) => keyString(pair) === wanted);
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    // The first pair wins, as with a linear search.
    for (const pair of map.items) {
      const name = keyString(pair);
      if (!index.has(name)) index.set(name, pair);
    }
    pairIndex.set(map, index);
  }
  return index.get(wanted);
}

function walk(doc: Document, path: readonly PathSegment[]): Located {
  let node = resolve(doc, doc.contents);
  let pair: Pair | undefined;
  let depth = 0;
  for (const seg of path) {
    if (isMap(node)) {
      const found = findPair(node, seg);
      if (!found) break;
      pair = found;
      node = resolve(doc, found.value);
    } else if (isSeq(node)) {
      const index = typeof seg === 'number' ? seg : Number(seg);
      const item = Number.isInteger(index) ? node.items[index] : undefined;
      if (item === undefined) break;
      pair = undefined;
      node = resolve(doc, item);
    } else {
      break;
    }
    depth++;
  }
  return { node, ...(pair ? { pair } : {}), depth };
}

function rangeOf(lc: LineCounter, start: number, end: number, text: string): Range {
  // A range never spans into the next lines for a block node: stop at the end of its first line.
  const firstLineEnd = text.indexOf('\n', start);
  const stop = firstLineEnd >= 0 && firstLineEnd < end ? firstLineEnd : end;
  const a = lc.linePos(start);
  const b = lc.linePos(Math.max(start, stop));
  return { start: { line: a.line, col: a.col }, end: { line: b.line, col: b.col } };
}

function keyNode(pair: Pair | undefined): Node | null {
  return pair && isScalar(pair.key) ? pair.key : null;
}

/**
 * The range of `path` in the document. A path that does not exist points at its nearest existing
 * ancestor's key (so a missing property is reported on its parent).
 */
export function locate(doc: Document, lc: LineCounter, text: string, path: readonly PathSegment[], anchor: Anchor = 'value'): Range {
  const found = walk(doc, path);
  const complete = found.depth === path.length;
  let target: Node | null;
  if (!complete || anchor === 'key') {
    target = keyNode(found.pair) ?? found.node;
  } else {
    target = found.node ?? keyNode(found.pair);
  }
  if (isPair(target)) target = null;
  const range = target?.range;
  if (!range) return documentStart(lc, text);
  return rangeOf(lc, range[0], range[1], text);
}

/** The first line with content, for findings about the whole file. */
export function documentStart(lc: LineCounter, text: string): Range {
  const match = /^[ \t]*[^\s#]/m.exec(text);
  const offset = match ? match.index + match[0].length - 1 : 0;
  const pos = lc.linePos(offset);
  return { start: { line: pos.line, col: pos.col }, end: { line: pos.line, col: pos.col } };
}

/** Range from a line/col pair of the YAML library's errors. */
export function rangeFromLinePos(linePos: readonly { line: number; col: number }[] | undefined): Range {
  const start = linePos?.[0] ?? { line: 1, col: 1 };
  const end = linePos?.[1] ?? start;
  return { start: { line: start.line, col: start.col }, end: { line: end.line, col: end.col } };
}
