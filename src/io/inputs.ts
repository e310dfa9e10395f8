// Turning command-line paths into the files to read: files, folders (recursing into *.yaml / *.yml),
// quoted globs, and `-` for stdin. Anything that matches nothing is an input error (exit 2), never a silent pass.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { Translate } from '../i18n/index.js';
import type { CoreKey } from '../i18n/core.js';

export type Input = { kind: 'stdin'; name: string } | { kind: 'file'; path: string; name: string };

const IGNORED = ['**/node_modules/**', '**/.git/**'];

// tinyglobby (with picomatch and fdir) only for folders and globs: one file needs none of it.
const globber = () => import('tinyglobby');

export async function expandInputs(args: readonly string[], cwd: string, t: Translate<CoreKey>): Promise<Input[]> {
  const inputs: Input[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const absolute = resolve(cwd, path);
    if (seen.has(absolute)) return;
    seen.add(absolute);
    inputs.push({ kind: 'file', path: absolute, name: path });
  };
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ kind: 'stdin', name: '<stdin>' });
      continue;
    }
    const info = await stat(resolve(cwd, arg)).catch((error: NodeJS.ErrnoException) => error);
    if (!(info instanceof Error)) {
      if (info.isDirectory()) {
        const { glob } = await globber();
        const found = await glob(['**/*.yaml', '**/*.yml'], { cwd: resolve(cwd, arg), ignore: IGNORED, absolute: false, dot: false });
        if (found.length === 0) throw new InputError(t('input.emptyDir', { path: arg }));
        for (const file of found.sort()) add(joinDisplay(arg, file));
      } else {
        add(arg);
      }
      continue;
    }
    if (info.code === 'ELOOP') throw new InputError(t('input.symlinkLoop', { path: arg }));
    const { glob, isDynamicPattern } = await globber();
    if (isDynamicPattern(arg)) {
      const found = await glob(arg, { cwd, ignore: IGNORED, absolute: false, onlyFiles: true });
      if (found.length === 0) throw new InputError(t('input.noMatch', { pattern: arg }));
      for (const file of found.sort()) add(file);
      continue;
    }
    throw new InputError(t('input.notFound', { path: arg }));
  }
  return inputs;
}

function joinDisplay(dir: string, file: string): string {
  if (dir === '.' || dir === './') return file;
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}
