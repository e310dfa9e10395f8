// Turning command-line paths into the files to read: files, folders (recursing into *.yaml / *.yml,
// and the *.md posts under a `posts` folder),
// quoted globs, and `-` for stdin. Anything that matches nothing is an input error (exit 2), never a silent pass.
import { readdirSync, statSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isPostInWalk, POST_IGNORED, postPatterns, strategyNamesIn, walkRootName } from '../posts/files.js';
import { InputError } from '../errors.js';
import { reason } from './reason.js';
import type { Translate } from '../i18n/index.js';
import type { CoreKey } from '../i18n/core.js';
import { compareCodeUnits } from '../text/compare.js';

/** `as`: for stdin, the file it stands for (`--stdin-filename`): its kind, its config and its strategy follow that path. */
export type Input = { kind: 'stdin'; name: string; as?: string } | { kind: 'file'; path: string; name: string };

const IGNORED = ['**/node_modules/**', '**/.git/**'];

// tinyglobby (with picomatch and fdir) only for folders and globs: one file needs none of it.
const globber = () => import('tinyglobby');

export async function expandInputs(args: readonly string[], cwd: string, t: Translate<CoreKey>): Promise<Input[]> {
  const inputs: Input[] = [];
  const seen = new Set<string>();
  // Each real file once: a symbolic link (posts/sub/loop -> ..) must not check a post twice.
  const add = async (path: string) => {
    const absolute = resolve(cwd, path);
    const real = await realpath(absolute).catch(() => absolute);
    if (seen.has(real)) return;
    seen.add(real);
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
        let found: string[] | undefined;
        const rootName = walkRootName(arg, resolve(cwd, arg), (folder) => strategyNamesIn(folder).length > 0);
        try {
          found = strategyFilesIn(resolve(cwd, arg), rootName);
        } catch (error) {
          if (!(error instanceof UnreadableFolder)) throw error;
          throw new InputError(t('input.unreadable', { path: error.folder ? joinDisplay(arg, error.folder) : arg, reason: reason(error.failure, t) }));
        }
        if (!found) {
          const { glob } = await globber();
          const posts = await glob(postPatterns(rootName), { cwd: resolve(cwd, arg), ignore: [...IGNORED, ...POST_IGNORED], absolute: false, dot: false });
          found = [...(await glob(['**/*.yaml', '**/*.yml'], { cwd: resolve(cwd, arg), ignore: IGNORED, absolute: false, dot: false })), ...posts];
          // What a walk finds through links: a link to a device, a FIFO or nothing is no file to check
          // (naming one checks it, and says why it cannot be read).
          found = found.filter((file) => isRegularFile(resolve(cwd, arg, file)));
        }
        if (found.length === 0) throw new InputError(t('input.emptyDir', { path: arg }));
        // A file reached twice (through a link such as posts/loop -> ..) keeps its shortest path:
        // looked at shallowest first, then listed in path order.
        const before = inputs.length;
        for (const file of [...found].sort(byDepthThenName)) await add(joinDisplay(arg, file));
        // A loop, not push(...spread): a folder of 200,000 files would overflow the call stack.
        for (const input of inputs.splice(before).sort((a, b) => compareCodeUnits(a.name, b.name))) inputs.push(input);
      } else {
        await add(arg);
      }
      continue;
    }
    if (info.code === 'ELOOP') throw new InputError(t('input.symlinkLoop', { path: arg }));
    const { glob, isDynamicPattern } = await globber();
    if (isDynamicPattern(arg)) {
      const found = await glob(arg, { cwd, ignore: IGNORED, absolute: false, onlyFiles: true });
      if (found.length === 0) throw new InputError(t('input.noMatch', { pattern: arg }));
      for (const file of found.sort()) await add(file);
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

/**
 * The *.yaml / *.yml files under a folder, as tinyglobby lists them for `plan validate FOLDER`
 * (paths relative to it, `/`-separated; no dot files or dot folders; no node_modules), by plain
 * readdir, which starts faster than tinyglobby's matching (docs/bench.md). Undefined (tinyglobby
 * then lists the folder) when the tree holds anything but files and folders (a symbolic link, a
 * FIFO, an entry of unknown type), whose handling is the library's to decide. test/unit/io/inputs-walk.test.ts compares both.
 */
export class UnreadableFolder extends Error {
  constructor(readonly folder: string, readonly failure: NodeJS.ErrnoException) {
    super(`cannot read ${folder || '.'}`);
  }
}

/** `rootName` (the folder's own name): list the post files too (`*.md` under a `posts` folder, posts/files.ts). */
export function strategyFilesIn(root: string, rootName?: string): string[] | undefined {
  const found: string[] = [];
  const pending: string[] = [''];
  while (pending.length > 0) {
    const prefix = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(prefix ? `${root}/${prefix}` : root, { withFileTypes: true });
    } catch (error) {
      // A folder we may not read is said as such: "holds no .yaml file" would be untrue.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM') throw new UnreadableFolder(prefix, error as NodeJS.ErrnoException);
      return undefined;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (name.charCodeAt(0) === 46 /* . */) continue;
      const path = prefix ? `${prefix}/${name}` : name;
      if (entry.isFile()) {
        if (name.endsWith('.yaml') || name.endsWith('.yml')) found.push(path);
        else if (rootName !== undefined && isPostInWalk(path, rootName)) found.push(path);
      } else if (entry.isDirectory()) {
        if (name !== 'node_modules') pending.push(path);
      } else {
        return undefined;
      }
    }
  }
  return found;
}


function byDepthThenName(a: string, b: string): number {
  const depth = (path: string) => path.split('/').length;
  return depth(a) - depth(b) || compareCodeUnits(a, b);
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
