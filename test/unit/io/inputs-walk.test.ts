// strategyFilesIn lists a folder's strategies by plain readdir, in place of tinyglobby's
// `**/*.yaml, **/*.yml` (ignoring node_modules and .git, no dot files): the same list, or
// undefined to let tinyglobby decide when the tree holds anything but files and folders.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { glob } from 'tinyglobby';
import { afterEach, describe, expect, it } from 'vitest';
import { expandInputs, strategyFilesIn } from '../../../src/io/inputs.js';
import { coreCatalog } from '../../../src/i18n/core.js';
import { translator } from '../../../src/i18n/index.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function tree(files: readonly string[], folders: readonly string[] = []): string {
  const root = mkdtempSync(join(tmpdir(), 'plan-walk-'));
  roots.push(root);
  for (const folder of folders) mkdirSync(join(root, folder), { recursive: true });
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), 'version: 1\n');
  }
  return root;
}

const tinyglobby = (root: string) => glob(['**/*.yaml', '**/*.yml'], { cwd: root, ignore: ['**/node_modules/**', '**/.git/**'], absolute: false, dot: false });

describe('strategyFilesIn', () => {
  it('lists what tinyglobby lists, on a tree with every case', async () => {
    const root = tree(
      [
        'a.yaml', 'b.yml', 'c.YAML', 'd.json', 'yaml', '.hidden.yaml', 'x.yaml.bak',
        'team/one.strategy.yaml', 'team/deep/er/two.yml', 'team/.draft.yaml', 'équipe été/plan.yaml',
        '.config/c.yaml', '.git/HEAD.yaml', 'node_modules/pkg/s.yaml', 'sub/node_modules/t.yaml',
        'node_modules.yaml/inside.yaml', 'with space/x y.yaml',
      ],
      ['empty', 'team/empty'],
    );
    const ours = strategyFilesIn(root);
    expect(ours).toBeDefined();
    expect(ours!.sort()).toStrictEqual((await tinyglobby(root)).sort());
    expect(ours).toContain('équipe été/plan.yaml');
  });

  it('agrees with tinyglobby on random trees', async () => {
    const segment = fc.constantFrom('a', 'b', '.dot', 'node_modules', 'x y', 'é', 'sub');
    const fileName = fc.constantFrom('s.yaml', 't.yml', 'u.YAML', '.v.yaml', 'w.json', 'strategy.yaml');
    const path = fc.tuple(fc.array(segment, { maxLength: 3 }), fileName).map(([dirs, file]) => [...dirs, file].join('/'));
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(path, { maxLength: 12 }), async (files) => {
        // A name cannot be both a file and a folder.
        const clean = files.filter((f) => !files.some((g) => g !== f && g.startsWith(f + '/')));
        const root = tree(clean);
        expect(strategyFilesIn(root)!.sort()).toStrictEqual((await tinyglobby(root)).sort());
      }),
      { numRuns: 60 },
    );
  });

  it('leaves symbolic links and other entries to tinyglobby', () => {
    const linked = tree(['real/a.yaml']);
    symlinkSync(join(linked, 'real'), join(linked, 'link'));
    expect(strategyFilesIn(linked)).toBeUndefined();
    const fileLink = tree(['a.yaml']);
    symlinkSync(join(fileLink, 'a.yaml'), join(fileLink, 'b.yaml'));
    expect(strategyFilesIn(fileLink)).toBeUndefined();
    const fifo = tree(['a.yaml']);
    execFileSync('mkfifo', [join(fifo, 'pipe.yaml')]);
    expect(strategyFilesIn(fifo)).toBeUndefined();
    // Hidden ones are skipped before their type matters, as tinyglobby skips them.
    const hidden = tree(['a.yaml']);
    symlinkSync(join(hidden, 'a.yaml'), join(hidden, '.b.yaml'));
    expect(strategyFilesIn(hidden)).toStrictEqual(['a.yaml']);
  });
});

describe('expandInputs', () => {
  it('gives each real file once, through a symbolic link loop or a file named twice', async () => {
    const root = tree(['strategy.yaml']);
    mkdirSync(join(root, 'posts', 'sub'), { recursive: true });
    writeFileSync(join(root, 'posts', 'a.md'), '---\n---\nText\n');
    symlinkSync('..', join(root, 'posts', 'sub', 'loop'));
    const inputs = await expandInputs(['strategy.yaml', 'posts/', 'posts/a.md', 'posts/sub/loop/a.md'], root, translator(coreCatalog, 'en'));
    expect(inputs.map((input) => input.name)).toEqual(['strategy.yaml', 'posts/a.md']);
  });

  it('names a file reached through a link by its own, shortest path, and leaves out links to devices or to nothing', async () => {
    const root = tree([]);
    mkdirSync(join(root, 'posts'));
    writeFileSync(join(root, 'posts', 'z.md'), '---\n---\nText\n');
    // `a-loop` sorts before `z.md`: the walk must still keep posts/z.md, not posts/a-loop/posts/z.md.
    symlinkSync('..', join(root, 'posts', 'a-loop'));
    symlinkSync('/dev/zero', join(root, 'posts', 'zero.md'));
    symlinkSync('nowhere.md', join(root, 'posts', 'dangling.md'));
    const inputs = await expandInputs(['posts'], root, translator(coreCatalog, 'en'));
    expect(inputs.map((input) => input.name)).toEqual(['posts/z.md']);
  });
});
