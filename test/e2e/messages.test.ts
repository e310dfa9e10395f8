// Family 4 of issue 21, messages that tell the truth, on generated cases: typos of real IANA time
// zones (and Mars), every example saved with CR-only line ends, nesting too deep found at the same
// place however deep the caller's stack already is and by every command, list items named with
// their field, and the messages about destinations, folders, templates, stdin and headings.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { micromark } from 'micromark';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { renderBrief, type Strategy } from '../../src/index.js';
import { ROOT, runPlan, tempDir } from '../helpers/cli.js';
import { BASE, NOW } from '../fixtures/hostile/cases.mjs';

const now = new Date(`${NOW}T12:00:00Z`);
const ZONES = Intl.supportedValuesOf('timeZone');
const isZone = (name: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
};
const withZone = (zone: string) => BASE.replace(/^organization:\n/m, `organization:\n  time_zone: ${JSON.stringify(zone)}\n`);
const ids = (text: string) => validate(text, 's.yaml', { now, lang: 'en' }).findings.map((f) => f.ruleId);

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(() => cleanup());

describe('time zones are checked by plan validate', () => {
  it('every real zone passes; a typo of one fails with did-you-mean over the IANA names', () => {
    for (const zone of ZONES) expect(ids(withZone(zone)), zone).not.toContain('refs/unknown-time-zone');
    fc.assert(
      fc.property(fc.constantFrom(...ZONES.filter((z) => z.includes('/'))), fc.nat(), fc.constantFrom('drop', 'double', 'swap'), (zone, at, edit) => {
        const i = 1 + (at % (zone.length - 2));
        const typo = edit === 'drop' ? zone.slice(0, i) + zone.slice(i + 1) : edit === 'double' ? zone.slice(0, i) + zone[i] + zone.slice(i) : zone.slice(0, i) + zone[i + 1] + zone[i] + zone.slice(i + 2);
        if (isZone(typo)) return;
        const finding = validate(withZone(typo), 's.yaml', { now, lang: 'en' }).findings.find((f) => f.ruleId === 'refs/unknown-time-zone');
        expect(finding, typo).toBeDefined();
        expect(finding!.severity).toBe('error');
        expect(finding!.message).toContain(`\`${typo}\` is not a time zone.`);
        const suggestion = /Did you mean `([^`]+)`/.exec(finding!.message)?.[1];
        if (suggestion) expect(ZONES).toContain(suggestion);
      }),
      { numRuns: 200 },
    );
    expect(validate(withZone('Mars/Olympus_Mons'), 's.yaml', { now, lang: 'en' }).findings.find((f) => f.ruleId === 'refs/unknown-time-zone')?.message).toMatch(/^`Mars\/Olympus_Mons` is not a time zone\./);
  });
});

describe('line ends', () => {
  it('every example gives the same findings at the same places with LF, CRLF and CR-only line ends', async () => {
    const files = [...(await readdir(join(ROOT, 'examples'))).filter((f) => f.endsWith('.yaml')).map((f) => join(ROOT, 'examples', f)), join(ROOT, 'test/fixtures/rules/objectives-smart.yaml')];
    for (const file of files) {
      const lf = await readFile(file, 'utf8');
      const shape = (text: string) => validate(text, 's.yaml', { now, lang: 'en' }).findings.map((f) => `${f.ruleId}@${f.range.start.line}:${f.range.start.col}`);
      const expected = shape(lf);
      expect(shape(lf.replace(/\n/g, '\r\n')), file).toEqual(expected);
      expect(shape(lf.replace(/\n/g, '\r')), file).toEqual(expected);
      expect(shape(lf.replace(/\n/g, '\r'))).not.toContain('yaml/empty@1:268');
    }
  });

  it('a CR-only file through the binary is read, not "empty"', async () => {
    await writeFile(join(dir, 'cr.yaml'), (await readFile(join(ROOT, 'examples/cafe-boreal.strategy.yaml'), 'utf8')).replace(/\n/g, '\r'));
    const result = await runPlan(['validate', 'cr.yaml'], { cwd: dir });
    expect(result.stdout).not.toMatch(/empty/);
    expect(result.code, result.stdout).toBe(0);
  });
});

describe('yaml/too-deep', () => {
  const deepAt = (text: string) => validate(text, 's.yaml', { now, lang: 'en' }).findings.filter((f) => f.ruleId === 'yaml/too-deep').map((f) => `${f.range.start.line}:${f.range.start.col}`);
  const nested = (depth: number, open: string, close: string) => `a: ${open.repeat(depth)}1${close.repeat(depth)}\n`;

  it('is at the first level past 100, however deep the caller already is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 101, max: 20_000 }), fc.constantFrom(['[', ']'], ['{b: ', '}']), fc.integer({ min: 0, max: 3000 }), (depth, [open, close], stack) => {
        const text = nested(depth, open!, close!);
        const expected = open === '[' ? '1:103' : '1:400';
        // The old position came from where the parser's stack ran out: it moved with the caller's stack.
        const atDepth = (n: number): string[] => (n === 0 ? deepAt(text) : atDepth(n - 1));
        expect(atDepth(stack)).toEqual([expected]);
      }),
      { numRuns: 12 },
    );
  });

  it('validate, brief and calendar give the same position', async () => {
    await writeFile(join(dir, 'deep.yaml'), nested(10_000, '[', ']'));
    const positions = [];
    for (const command of ['validate', 'brief', 'calendar']) {
      const result = await runPlan([command, 'deep.yaml', '--lang', 'en'], { cwd: dir });
      positions.push(/(\d+:\d+)\s+error\s+The YAML nests too deeply/.exec(result.stdout + result.stderr)?.[1]);
    }
    expect(positions).toEqual(['1:103', '1:103', '1:103']);
  });
});

describe('fields are named, not list positions', () => {
  it('an item of the wrong type names its list and position', () => {
    const base = parse(BASE) as Record<string, any>;
    fc.assert(
      fc.property(fc.constantFrom('platforms', 'audiences', 'objectives'), fc.nat({ max: 3 }), fc.oneof(fc.integer(), fc.constant('text')), (list, at, value) => {
        const data = structuredClone(base);
        data[list] = [...(data[list] ?? [])];
        data[list].splice(Math.min(at, data[list].length), 0, value);
        const index = Math.min(at, data[list].length - 1);
        const messages = validate(stringify(data), 's.yaml', { now, lang: 'en' }).findings.filter((f) => f.ruleId === 'schema/type').map((f) => f.message);
        expect(messages.some((m) => m.startsWith(`\`${list}[${index}]\` must be`)), messages.join('\n')).toBe(true);
        for (const m of messages) expect(m).not.toMatch(/^`\d+`/);
      }),
      { numRuns: 40 },
    );
  });
});

describe('messages about files say the true thing', () => {
  it('--out onto the strategy, even with --force: it is the input, not "add --force"', async () => {
    await writeFile(join(dir, 's.yaml'), BASE);
    for (const args of [['brief', 's.yaml', '--out', './s.yaml', '--force'], ['calendar', 's.yaml', '--out', './s.yaml', '--force'], ['validate', 's.yaml', '--output', './s.yaml']]) {
      const result = await runPlan([...args, '--lang', 'en'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/\.\/s\.yaml is a file this command reads; writing there would replace it, even with --force/);
      expect(result.stderr).not.toMatch(/add --force/);
    }
    expect(await readFile(join(dir, 's.yaml'), 'utf8')).toBe(BASE);
  });

  it('an unreadable folder is said to be unreadable, not empty', async () => {
    const locked = join(dir, 'locked');
    await mkdir(join(locked, 'inner'), { recursive: true });
    await writeFile(join(locked, 'inner', 's.yaml'), BASE);
    const { chmod, chown } = await import('node:fs/promises');
    // As root, permissions do not stop reading: run as nobody then (what CI containers often are).
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      await chmod(dir, 0o755);
      await chown(locked, 65534, 65534);
    }
    await chmod(join(locked, 'inner'), 0o000);
    const result = await runPlan(['validate', 'locked'], { cwd: dir, ...(asRoot ? { uid: 65534 } : {}) });
    await chmod(join(locked, 'inner'), 0o755);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('plan: Cannot read locked/inner: permission denied. Check the file’s permissions, or choose another place');
  });

  it('--template /dev/zero is not "a folder"', async () => {
    const result = await runPlan(['brief', 's.yaml', '--template', '/dev/zero', '--lang', 'en'], { cwd: dir });
    expect(result.stderr.trim()).toBe('plan: Cannot read the template /dev/zero: it is not a regular file (a FIFO, socket or device).');
  });

  it('the hint for standard input names a command that works', async () => {
    const bad = BASE.replace('name: Base Co', 'name: 42');
    for (const command of ['brief', 'calendar']) {
      const result = await runPlan([command, '-', '--lang', 'en'], { cwd: dir, input: bad });
      expect(result.stderr).toContain('`plan validate -`');
      expect(result.stderr).not.toContain('<stdin>`');
    }
  });

  it('a persona whose name ends in # keeps it in the Markdown brief heading', () => {
    const base = parse(BASE) as Strategy;
    fc.assert(
      fc.property(fc.constantFrom('Donors #', 'Donors ##', 'Fans # #', 'C#', '# Hash', 'x #1', 'A #'), (name) => {
        const strategy = structuredClone(base);
        strategy.audiences[0]!.name = name;
        const md = renderBrief({ strategy, findings: [], lang: 'en', format: 'md', now });
        // Rendered as GitHub would: some heading reads exactly the name, `#` included.
        const headings = [...micromark(md).matchAll(/<h[2-4]>([^<]*)<\/h[2-4]>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
        expect(headings, md).toContain(name);
      }),
    );
  });
});
