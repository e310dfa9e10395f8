// A small glob matcher for `overrides[].files` in .planrc.yaml: `**` (any folders), `*` (anything
// but `/`), `?` (one character), `{a,b}` (either). Paths are relative to the config file, with `/`.

export function globToRegExp(glob: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        out += slashAfter ? '(?:.*/)?' : '.*';
        i += slashAfter ? 2 : 1;
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') out += '[^/]';
    else if (c === '{') { braces++; out += '(?:'; }
    else if (c === '}' && braces > 0) { braces--; out += ')'; }
    else if (c === ',' && braces > 0) out += '|';
    else out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** A pattern without `/` matches the file name in any folder, as in .gitignore. */
export function matchesGlob(relativePath: string, glob: string): boolean {
  const path = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
  const pattern = glob.replace(/^\.\//, '');
  if (!pattern.includes('/')) return globToRegExp(pattern).test(path.split('/').pop() ?? path);
  return globToRegExp(pattern).test(path);
}
