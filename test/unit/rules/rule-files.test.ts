// No two rule files with the same name in different folders: a file's name says which rule it holds
// without its folder (`refs/unknown-platform.ts` beside `platforms/not-in-catalogue.ts`).
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const RULES_DIR = join(import.meta.dirname, '..', '..', '..', 'src', 'rules');
const ruleFiles = readdirSync(RULES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) => readdirSync(join(RULES_DIR, dir.name)).filter((name) => name.endsWith('.ts')).map((name) => `${dir.name}/${name}`));

describe('rule files', () => {
  it('have distinct file names across folders', () => {
    const byName = new Map<string, string[]>();
    for (const file of ruleFiles) byName.set(basename(file), [...(byName.get(basename(file)) ?? []), file]);
    expect([...byName.values()].filter((files) => files.length > 1)).toStrictEqual([]);
  });
});
