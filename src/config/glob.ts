// Globs of `overrides[].files` in .planrc.yaml, matched by picomatch (the matcher under tinyglobby):
// `**` (any folders), `*`, `?`, `{a,b}`, `[abc]`. Paths are relative to the config file, with `/`.
// Two things picomatch leaves to us: a pattern it would read as plain text by accident (`{a`,
// `[a`: an unclosed brace or bracket), which is a config error here, said when the config is read;
// and time. Its regular expressions backtrack, so `*a*a*a*a*a*a*a*a*a*a*a*a*b` against a name of
// 40 `a` takes minutes; a check of the literal parts first (each must appear, in order, the first
// and last where they must be) answers such a case at once, and exactly for patterns of `*` and text.
import picomatch from 'picomatch';

export type Matcher = (relativePath: string) => boolean;

/** What is wrong with a glob, or undefined: an unclosed `{`, `[` or `(`, or a closer with no opener. */
export function globProblem(glob: string): { column: number; char: string; kind: 'unclosed' | 'unopened' } | undefined {
  const stack: { char: string; column: number }[] = [];
  const pairs: Record<string, string> = { '}': '{', ']': '[', ')': '(' };
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      // A class runs to the next `]` (a `]` right after `[` or `[!` belongs to the class).
      let j = i + 1;
      if (glob[j] === '!' || glob[j] === '^') j++;
      if (glob[j] === ']') j++;
      while (j < glob.length && glob[j] !== ']') j += glob[j] === '\\' ? 2 : 1;
      if (j >= glob.length) return { column: i + 1, char: c, kind: 'unclosed' };
      i = j;
      continue;
    }
    if (c === '{' || c === '(') stack.push({ char: c, column: i + 1 });
    else if (c === '}' || c === ')') {
      const open = stack.pop();
      if (!open || open.char !== pairs[c]) return { column: i + 1, char: c, kind: 'unopened' };
    } else if (c === ']') return { column: i + 1, char: c, kind: 'unopened' };
  }
  const open = stack.pop();
  return open ? { column: open.column, char: open.char, kind: 'unclosed' } : undefined;
}

interface Literals {
  /** Text that must start the path, end it, and appear in between in this order. */
  head: string;
  tail: string;
  middle: string[];
}

/** The literal parts of a glob that every matching path contains, from picomatch's own parse. */
function literalsOf(glob: string): Literals | undefined {
  const tokens = picomatch.parse(glob).tokens as { type: string; value: string }[];
  const parts: (string | null)[] = [];
  let depth = 0;
  for (const token of tokens) {
    if (token.type === 'bos') continue;
    if (token.type === 'brace' || token.type === 'paren') {
      depth += token.value === '{' || token.value === '(' ? 1 : -1;
      parts.push(null);
      continue;
    }
    if (depth === 0 && token.type === 'text' && !token.value.includes('\\')) parts.push(token.value);
    // Slashes are left out: `a/**/b` also matches `a/b`.
    else if (token.type !== 'slash') parts.push(null);
  }
  if (depth !== 0) return undefined;
  const head = typeof parts[0] === 'string' ? parts[0] : '';
  const last = parts.length > 1 ? parts.at(-1) : undefined;
  const tail = typeof last === 'string' ? last : '';
  const middle = parts.slice(head ? 1 : 0, tail ? -1 : undefined).filter((p): p is string => typeof p === 'string' && p !== '');
  return { head, tail, middle };
}

function mayMatch(path: string, literals: Literals): boolean {
  if (!path.startsWith(literals.head)) return false;
  const end = path.length - literals.tail.length;
  if (end < literals.head.length || !path.endsWith(literals.tail)) return false;
  let at = literals.head.length;
  for (const part of literals.middle) {
    const found = path.indexOf(part, at);
    if (found < 0 || found + part.length > end) return false;
    at = found + part.length;
  }
  return true;
}

/** A matcher for one glob (check it with globProblem first). A glob without `/` matches the file name in any folder, as in .gitignore. */
export function compileGlob(glob: string): Matcher {
  const pattern = glob.replace(/^\.\//, '');
  const byName = !pattern.includes('/');
  const test = picomatch(pattern, { dot: true });
  const literals = literalsOf(pattern);
  return (relativePath) => {
    const path = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
    const subject = byName ? (path.split('/').pop() ?? path) : path;
    if (literals && !mayMatch(subject, literals)) return false;
    return test(subject);
  };
}

const compiled = new Map<string, Matcher>();

/** Whether a path (relative to the config file) matches a glob; matchers are built once per glob. */
export function matchesGlob(relativePath: string, glob: string): boolean {
  let matcher = compiled.get(glob);
  if (!matcher) compiled.set(glob, (matcher = compileGlob(glob)));
  return matcher(relativePath);
}
