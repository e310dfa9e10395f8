// Starter strategies shipped in templates/strategies/. They are found relative to this module, by
// walking up to the package root, so they work from src/ (tests), dist/ and dist/chunks/ (the
// bundle) and from a package installed anywhere.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../i18n/index.js';

export function templatesDir(from: string = dirname(fileURLToPath(import.meta.url))): string | undefined {
  const root = packageRoot(from);
  return root === undefined ? undefined : join(root, 'templates', 'strategies');
}

/** The running social-plan package: this repository, or its copy under node_modules. */
export function packageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string | undefined {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates', 'strategies'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/** Template names (`b2b`, `local-business`...), without the language suffix. */
export function templateNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !/\.[a-z]{2}\.yaml$/.test(f))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/** The file for a template in a language: `NAME.fr.yaml` when it exists, else `NAME.yaml`. */
export function templateFile(dir: string, name: string, lang: Lang): string | undefined {
  if (!templateNames(dir).includes(name)) return undefined;
  const localized = join(dir, `${name}.${lang}.yaml`);
  return existsSync(localized) ? localized : join(dir, `${name}.yaml`);
}
