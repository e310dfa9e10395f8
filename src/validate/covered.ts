// One mistake, one finding. When the schema rejects a value (`deadline: 30/06/2027`), flags a typo
// (`cadance`) or a missing key, rules run without that value, and a rule that looked for it would
// report its absence too ("no deadline", "no cadence", "the shares sum to 60%"). The engine, not
// each rule, keeps them quiet: it watches which rejected paths a rule reads, and drops the rule's
// findings about the same place. Pure: data in, a reader and a filter out.
import type { PathSegment } from '../diagnostics.js';

/** A schema finding, as far as coverage goes: where it is, and what it is about when that differs. */
export interface SchemaCoverage {
  ruleId: string;
  path: readonly PathSegment[];
  covers?: readonly PathSegment[];
}

/** Key problems whose `path` names a key that rules never read (an unknown key, a missing one). */
const KEY_FINDINGS = new Set(['schema/additional-property', 'schema/required']);

/** The data paths the schema findings are about. The root is left out: rules see nothing there. */
export function coveredPaths(hits: readonly SchemaCoverage[]): PathSegment[][] {
  const paths: PathSegment[][] = [];
  for (const hit of hits) {
    const path = hit.covers ?? (KEY_FINDINGS.has(hit.ruleId) ? undefined : hit.path);
    if (path && path.length > 0) paths.push([...path]);
  }
  return paths;
}

const keyOf = (path: readonly PathSegment[]) => path.map(String).join('\u0000');

export interface ReadWatch {
  /** The data to hand to rules: the same values, read through proxies on the way to covered paths. */
  data: unknown;
  /** Start a new rule's reads. */
  reset(): void;
  /** The covered paths read since the last reset. */
  touched(): readonly PathSegment[][];
}

/** Watch reads of `covered` paths in `data` (only objects on the way to one are proxied). */
export function watchReads(data: unknown, covered: readonly PathSegment[][]): ReadWatch {
  const coveredKeys = new Set(covered.map(keyOf));
  const onTheWay = new Set<string>();
  for (const path of covered) for (let i = 0; i < path.length; i++) onTheWay.add(keyOf(path.slice(0, i)));
  let touched: PathSegment[][] = [];
  const proxies = new WeakMap<object, object>();

  const wrap = (value: unknown, path: PathSegment[]): unknown => {
    if (value === null || typeof value !== 'object' || !onTheWay.has(keyOf(path))) return value;
    let proxy = proxies.get(value);
    if (!proxy) {
      const note = (prop: string | symbol): PathSegment[] | undefined => {
        if (typeof prop === 'symbol') return undefined;
        const child = [...path, prop];
        if (coveredKeys.has(keyOf(child))) touched.push(child);
        return child;
      };
      proxy = new Proxy(value, {
        get(target, prop, receiver) {
          const child = note(prop);
          const found: unknown = Reflect.get(target, prop, receiver);
          return child ? wrap(found, child) : found;
        },
        has(target, prop) {
          note(prop);
          return Reflect.has(target, prop);
        },
      });
      proxies.set(value, proxy);
    }
    return proxy;
  };

  return {
    data: wrap(data, []),
    reset: () => void (touched = []),
    touched: () => touched,
  };
}

function isPrefix(prefix: readonly PathSegment[], path: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => String(seg) === String(path[i]));
}

/**
 * Whether a rule finding at `path` is about a covered path the rule read: at or under it, above it
 * (a sum of shares, the whole strategy), or beside it in the same object (a platform's role when
 * its cadence is the problem). Findings elsewhere (another objective, another section) stay.
 */
export function isCovered(path: readonly PathSegment[], touched: readonly PathSegment[][]): boolean {
  const holder = path.slice(0, -1);
  return touched.some((covered) => isPrefix(covered, path) || isPrefix(path, covered) || (holder.length > 0 && isPrefix(holder, covered)));
}
