// The built-in Eta templates live in templates/brief/ (files a designer can edit without touching
// code). They ship with the package; this finds them from wherever the code runs: src/ under
// vitest, dist/ or dist/chunks/ once bundled, node_modules/social-plan/... once installed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type BriefFormat = 'md' | 'html';

const cache = new Map<BriefFormat, string>();

export function templatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(dir, 'templates', 'brief');
    if (existsSync(join(candidate, 'brief.md.eta'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error('The built-in brief templates (templates/brief/) are missing from this installation. Reinstall social-plan.');
}

/** The source of a built-in template, read once per process. */
export function builtinTemplate(format: BriefFormat): string {
  let source = cache.get(format);
  if (source === undefined) {
    source = readFileSync(join(templatesDir(), `brief.${format}.eta`), 'utf8');
    cache.set(format, source);
  }
  return source;
}
