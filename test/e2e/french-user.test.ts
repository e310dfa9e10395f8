// A French user, through the real binary: a French strategy with a YAML mistake gets French
// messages, the line with a caret and a French summary; the machine formats stay clean.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runPlan, tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await writeFile(join(dir, 'tab.yaml'), 'organization:\n  name: Boulangerie\n  language: fr\n\tsector: food\n');
  await writeFile(join(dir, 'colon.yaml'), 'organization:\n  name: Boulangerie\n  language: fr\n  description: Pain: frais\n');
  await writeFile(join(dir, 'colon-en.yaml'), 'organization:\n  name: Bakery\n  language: en\n  description: Bread: fresh\n');
});
afterAll(() => cleanup());

describe('plan validate for a French user (spawned)', () => {
  it('explains a tab in French, with the line and a caret, and a French summary', async () => {
    const result = await runPlan(['validate', 'tab.yaml'], { cwd: dir, env: cleanEnv() });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/4:1 {2}erreur +Erreur de syntaxe YAML\u202f: Cette ligne est indentée avec une tabulation\. Indentez avec des espaces/);
    expect(result.stdout).toMatch(/\n {6}4 \| {2}sector: food\n {8}\| \^\n/);
    expect(result.stdout).toMatch(/✖ 1 problème \(1 erreur, 0 avertissement, 0 info\) dans 1 fichier\n$/);
    expect(result.stdout).not.toMatch(/problem\(s\)|Tabs are not allowed|error\(s\)/);
  });

  it('says to quote a value that holds `: `, in the file’s language', async () => {
    const fr = await runPlan(['validate', 'colon.yaml'], { cwd: dir, env: cleanEnv() });
    expect(fr.stdout).toMatch(/4:20 .*mettez toute la valeur entre guillemets, par exemple `description: "Pain: frais"`/);
    expect(fr.stdout).toMatch(/\| {20}\^/);
    const en = await runPlan(['validate', 'colon-en.yaml'], { cwd: dir, env: cleanEnv({ LANG: 'fr_CA.UTF-8' }) });
    expect(en.stdout).toMatch(/put the whole value in quotes, for example `description: "Bread: fresh"`/);
    expect(en.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings, 0 info\) in 1 file/);
  });

  it('keeps json and github output free of the excerpt, with the summary on stderr in French', async () => {
    const json = await runPlan(['validate', 'tab.yaml', '--format', 'json'], { cwd: dir, env: cleanEnv() });
    expect(json.stdout).not.toMatch(/excerpt|\^/);
    expect(JSON.parse(json.stdout).files[0].findings[0].ruleId).toBe('yaml/tab');
    expect(json.stderr).toMatch(/✖ 1 problème \(1 erreur/);
    const github = await runPlan(['validate', 'tab.yaml', '--format', 'github'], { cwd: dir, env: cleanEnv() });
    expect(github.stdout).not.toMatch(/ \| /);
  });
});
