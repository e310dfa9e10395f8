// The structural half of `plan diff`, pure: two strategies' data in, changes out, each change
// with its path in the version it belongs to. List items are matched by what names them (id,
// then level, then name), so a moved pillar is a move and not a deletion plus an addition.
import type { PathSegment } from '../diagnostics.js';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'renamed' | 'items' | 'moved' | 'reordered';

/** The nearest list item that a change belongs to: what the wording names ("Pillar “Education”"). */
export interface Owner {
  /** Path of the list with the schema's list markers, e.g. `editorial_line.pillars`. */
  list: string;
  /** The item as it reads in the new version (the old one when it was removed). */
  item: Record<string, unknown>;
  /** The item in the old version, when it existed there. */
  oldItem?: Record<string, unknown>;
}

export interface Change {
  kind: ChangeKind;
  /** Path in the new version; for `removed`, in the old version. */
  path: PathSegment[];
  /** For `removed`: the path of its parent in the new version, where the change shows. */
  parentPath?: PathSegment[];
  /** The same path with list indexes as `[]`, e.g. `platforms[].cadence`: what the wording is keyed on. */
  shape: string;
  before?: unknown;
  after?: unknown;
  /** `items`: the values a plain list gained and lost. */
  added?: unknown[];
  removed?: unknown[];
  /** `moved`: 1-based positions in the old and new list. */
  from?: number;
  to?: number;
  owner?: Owner;
}

type Data = Record<string, unknown>;

/** Most (unmatched old × unmatched new) item pairs compared to find renames in one list. */
const RENAME_PAIRS_MAX = 2_500;

function isMap(value: unknown): value is Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** What identifies an item of a list of maps; undefined when the list has no such key. */
export function itemKey(item: unknown): string | undefined {
  if (!isMap(item)) return undefined;
  for (const name of ['id', 'level', 'name'] as const) {
    const value = item[name];
    if (typeof value === 'string' || typeof value === 'number') return `${name}:${String(value)}`;
  }
  return undefined;
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isMap(a) && isMap(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]));
  }
  return false;
}

interface Walk {
  oldPath: PathSegment[];
  newPath: PathSegment[];
  shape: string;
  owner?: Owner;
}

/** Every change from `before` to `after`, in the order of the new document. */
export function compareData(before: unknown, after: unknown): Change[] {
  const out: Change[] = [];
  walk(before, after, { oldPath: [], newPath: [], shape: '' }, out);
  return out;
}

function child(w: Walk, oldSeg: PathSegment, newSeg: PathSegment, shapeSeg: string, owner = w.owner): Walk {
  const shape = shapeSeg === '[]' ? `${w.shape}[]` : w.shape ? `${w.shape}.${shapeSeg}` : shapeSeg;
  return { oldPath: [...w.oldPath, oldSeg], newPath: [...w.newPath, newSeg], shape, owner };
}

function walk(before: unknown, after: unknown, w: Walk, out: Change[]): void {
  if (sameValue(before, after)) return;
  if (isMap(before) && isMap(after)) {
    for (const key of Object.keys(after)) {
      const next = child(w, key, key, key);
      if (!Object.hasOwn(before, key)) out.push({ kind: 'added', path: next.newPath, shape: next.shape, after: after[key], owner: w.owner });
      else walk(before[key], after[key], next, out);
    }
    for (const key of Object.keys(before)) {
      if (Object.hasOwn(after, key)) continue;
      const next = child(w, key, key, key);
      out.push({ kind: 'removed', path: next.oldPath, parentPath: w.newPath, shape: next.shape, before: before[key], owner: w.owner });
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (keyedList(before) && keyedList(after)) compareKeyed(before as Data[], after as Data[], w, out);
    else if ([...before, ...after].every((x) => !isMap(x) && !Array.isArray(x))) comparePlain(before, after, w, out);
    else compareByIndex(before, after, w, out);
    return;
  }
  out.push({ kind: 'changed', path: w.newPath, shape: w.shape, before, after, owner: w.owner });
}

/** Every item is a map with a key, and no key repeats: items can be matched by key. */
function keyedList(list: readonly unknown[]): boolean {
  const keys = list.map(itemKey);
  return keys.every((k) => k !== undefined) && new Set(keys).size === keys.length;
}

function compareKeyed(before: Data[], after: Data[], w: Walk, out: Change[]): void {
  const oldIndex = new Map(before.map((item, i) => [itemKey(item)!, i]));
  const pairs: [number, number][] = [];
  const unmatchedNew: number[] = [];
  after.forEach((item, j) => {
    const i = oldIndex.get(itemKey(item)!);
    if (i === undefined) unmatchedNew.push(j);
    else pairs.push([i, j]);
  });
  const matchedOld = new Set(pairs.map(([i]) => i));
  const unmatchedOld = before.map((_, i) => i).filter((i) => !matchedOld.has(i));

  // An item whose id and name both changed but whose other fields mostly stayed is a rename.
  // Every pair is compared, so only for the few items a real edit leaves unmatched.
  const renames: [number, number][] = [];
  const tryRenames = unmatchedNew.length * unmatchedOld.length <= RENAME_PAIRS_MAX;
  for (const j of tryRenames ? [...unmatchedNew] : []) {
    const best = unmatchedOld.map((i) => [i, likeness(before[i]!, after[j]!)] as const).sort((a, b) => b[1] - a[1])[0];
    if (best && best[1] >= 0.5) {
      renames.push([best[0], j]);
      unmatchedOld.splice(unmatchedOld.indexOf(best[0]), 1);
      unmatchedNew.splice(unmatchedNew.indexOf(j), 1);
    }
  }

  const events: { at: number; emit: () => void }[] = [];
  for (const [i, j] of [...pairs, ...renames]) {
    events.push({
      at: j,
      emit: () => {
        const owner: Owner = { list: w.shape, item: after[j]!, oldItem: before[i]! };
        const next = child(w, i, j, '[]', owner);
        const renamed = renames.some(([ri, rj]) => ri === i && rj === j);
        if (renamed) {
          out.push({ kind: 'renamed', path: next.newPath, shape: next.shape, before: before[i], after: after[j], owner });
          // The rename says the new id and name; the rest of the item is compared as usual.
          const rest = (item: Data) => Object.fromEntries(Object.entries(item).filter(([k]) => k !== 'id' && k !== 'name'));
          walk(rest(before[i]!), rest(after[j]!), next, out);
        } else {
          walk(before[i], after[j], next, out);
        }
      },
    });
  }
  for (const j of unmatchedNew) {
    events.push({
      at: j,
      emit: () => {
        const next = child(w, j, j, '[]', { list: w.shape, item: after[j]! });
        out.push({ kind: 'added', path: next.newPath, shape: next.shape, after: after[j], owner: next.owner });
      },
    });
  }
  events.sort((a, b) => a.at - b.at).forEach((e) => e.emit());
  for (const i of unmatchedOld) {
    const next = child(w, i, i, '[]', { list: w.shape, item: before[i]! });
    out.push({ kind: 'removed', path: next.oldPath, parentPath: w.newPath, shape: next.shape, before: before[i], owner: next.owner });
  }

  // Moves: the matched items outside the longest run that kept its order.
  const all = [...pairs, ...renames].sort((a, b) => a[1] - b[1]);
  const kept = longestIncreasing(all.map(([i]) => i));
  // Positions among the items both versions share, so an insertion above is not a move.
  const oldRank = new Map([...all].sort((a, b) => a[0] - b[0]).map(([i], rank) => [i, rank + 1]));
  all.forEach(([i, j], rank) => {
    if (kept.has(i)) return;
    const owner: Owner = { list: w.shape, item: after[j]!, oldItem: before[i]! };
    const next = child(w, i, j, '[]', owner);
    out.push({ kind: 'moved', path: next.newPath, shape: next.shape, from: oldRank.get(i)!, to: rank + 1, owner });
  });
}

/** Share of the fields (other than id and name) that two items have equal; 0 when there are none. */
function likeness(a: Data, b: Data): number {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => k !== 'id' && k !== 'name'));
  if (keys.size === 0) return 0;
  let same = 0;
  for (const k of keys) if (sameValue(a[k], b[k])) same++;
  return same / keys.size;
}

/** The values of the longest strictly increasing subsequence (patience sorting, n log n). */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const tailAt: number[] = [];
  const previous: number[] = new Array(values.length).fill(-1);
  values.forEach((v, idx) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
    tailAt[lo] = idx;
    previous[idx] = lo > 0 ? tailAt[lo - 1]! : -1;
  });
  const kept = new Set<number>();
  for (let idx = tails.length ? tailAt[tails.length - 1]! : -1; idx >= 0; idx = previous[idx]!) kept.add(values[idx]!);
  return kept;
}

/** A list of plain values (formats, days, rules): what it gained, what it lost, then its order. */
function comparePlain(before: unknown[], after: unknown[], w: Walk, out: Change[]): void {
  const remaining = [...before];
  const added: unknown[] = [];
  for (const value of after) {
    const at = remaining.findIndex((x) => sameValue(x, value));
    if (at >= 0) remaining.splice(at, 1);
    else added.push(value);
  }
  if (added.length || remaining.length) {
    out.push({ kind: 'items', path: w.newPath, shape: w.shape, added, removed: remaining, before, after, owner: w.owner });
    return;
  }
  out.push({ kind: 'reordered', path: w.newPath, shape: w.shape, before, after, owner: w.owner });
}

function compareByIndex(before: unknown[], after: unknown[], w: Walk, out: Change[]): void {
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const next = child(w, i, i, '[]');
    if (i >= before.length) out.push({ kind: 'added', path: next.newPath, shape: next.shape, after: after[i], owner: w.owner });
    else if (i >= after.length) out.push({ kind: 'removed', path: next.oldPath, parentPath: w.newPath, shape: next.shape, before: before[i], owner: w.owner });
    else walk(before[i], after[i], next, out);
  }
}
