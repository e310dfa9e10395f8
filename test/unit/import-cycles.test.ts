// No module of src/ may import itself back, directly or through others (type-only and lazy imports
// count too): a cycle makes load order matter and keeps a folder from being understood on its own.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCircular, parseDependencyTree, type DependencyTree } from 'dpdm';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** The import graph of the files matching `pattern` under `dir`, resolved as the compiler does (`./x.js` is x.ts). */
function graphOf(dir: string, pattern: string): Promise<DependencyTree> {
  return parseDependencyTree(pattern, { cwd: dir, context: dir, tsconfig: join(ROOT, 'tsconfig.json'), transform: false, skipDynamicImports: false });
}

/** Relative imports the graph could not resolve: a cycle through them would go unseen. */
function unresolved(tree: DependencyTree): string[] {
  return Object.values(tree).flatMap((deps) => (deps ?? []).filter((d) => d.request.startsWith('.') && d.id === null).map((d) => `${d.issuer} -> ${d.request}`));
}

describe('import cycles', () => {
  it('src/ has none', async () => {
    const tree = await graphOf(ROOT, 'src/**/*.ts');
    expect(Object.keys(tree).filter((file) => file.startsWith('src/')).length).toBeGreaterThan(100);
    expect(unresolved(tree)).toStrictEqual([]);
    expect(parseCircular(tree, false)).toStrictEqual([]);
  }, 60_000);

  it('the check sees a cycle through a type-only import and through a lazy import()', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'h15b-cycles-'));
    try {
      await writeFile(join(dir, 'a.ts'), "import type { B } from './b.js';\nexport type A = B;\n");
      await writeFile(join(dir, 'b.ts'), "import type { A } from './a.js';\nexport type B = { a?: A };\n");
      await writeFile(join(dir, 'c.ts'), "export const load = () => import('./d.js');\n");
      await writeFile(join(dir, 'd.ts'), "import { load } from './c.js';\nexport const again = load;\n");
      await writeFile(join(dir, 'e.ts'), "import { again } from './d.js';\nexport const e = again;\n");
      const tree = await graphOf(dir, '*.ts');
      expect(unresolved(tree)).toStrictEqual([]);
      const cycles = parseCircular(tree, false).map((cycle) => [...cycle].sort().join(' '));
      expect(cycles.sort()).toStrictEqual(['a.ts b.ts', 'c.ts d.ts']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
