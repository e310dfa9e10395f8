// Family 1 of issue 21, outputs that inject into the system reading them. Generated strings (every
// C0 and C1 control, a lone CR, bidi overrides, backtick runs, `%`, `::`, HTML, Markdown links)
// go into every text field, into unknown keys (which findings quote) and into the file name, and
// come out of every format of `plan validate` and `plan calendar`; each output is checked against
// its own grammar: JSON and SARIF parse, JUnit is well-formed XML (fast-xml-parser), GitHub lines
// are commands only where meant and well-formed, Markdown renders (micromark + GFM, as GitHub)
// without live HTML, links or extra cells, terminals get no raw control, ICS parses (ical.js) with
// no control in a value, CSV keeps its columns. The issue's own reproductions are among the cases.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { micromark } from 'micromark';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runValidate } from '../../src/commands/validate/run.js';
import { runCalendar } from '../../src/commands/calendar/run.js';
import { CSV_HEADER } from '../../src/calendar/csv.js';
import type { CommandIO } from '../../src/io/context.js';
import { BASE, NOW } from '../fixtures/hostile/cases.mjs';

const scale = Number(process.env.PLAN_PROPERTY_RUNS ?? 1);
const render = (md: string) => micromark(md, { extensions: [gfmTable()], htmlExtensions: [gfmTableHtml()] });

// Everything that displays or structures text differently from what it is.
const C0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i));
const C1 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x80 + i));
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const PIECES = ['`', '``', '%', '%0A', '::', '::error file=x.yaml,line=1::INJECTED', '<img src=x onerror=alert(1)>', '<script>', '[click](https://evil.example)', 'https://evil.example', 'www.evil.example', 'a@b.example', '|', '#', '*', '_', '\\', ',', ':', '&lt;', 'a', ' ', 'é', '\u001b]0;TITLE\u0007\u001b[2J'];
const REPRODUCTIONS = ['x\r::error file=README.md,line=1::INJECTED', 'a`b <img src=x> [click](https://evil.example)', '\u001b]0;TITLE\u0007\u001b[2J', 'a\n::error file=x.yaml::boom'];
const hostile = fc.oneof(
  fc.constantFrom(...REPRODUCTIONS),
  fc.array(fc.constantFrom(...C0, ...C1, ...BIDI, ...PIECES), { minLength: 1, maxLength: 12 }).map((parts) => parts.join('')),
);
const visible = hostile.filter((s) => s.trim().length > 0);
// A file name: anything but `/` and NUL, ending in .yaml so a folder run lists it.
const fileName = hostile.map((s) => `${s.replace(/[/\u0000]/g, '_').slice(0, 80)}.yaml`).filter((s) => s !== '.yaml' && !s.startsWith('.'));

// Raw controls no output may carry (LF, and CR only in the CRLF of ICS/CSV lines, are structure).
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const base = parse(BASE) as Record<string, any>;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-h21-inject-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function io(): CommandIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => ((out += s), true), isTTY: false },
    stderr: { write: (s: string) => ((err += s), true), isTTY: false },
    stdin: Readable.from([]) as unknown as CommandIO['stdin'],
    env: {},
    cwd: dir,
    out: () => out,
    err: () => err,
  };
}

/** A valid strategy with `text` in every free-text field the outputs show. */
function strategyWith(values: string[]): Record<string, any> {
  const s = structuredClone(base);
  let i = 0;
  const next = () => values[i++ % values.length]!;
  s.organization.name = next();
  s.organization.owner = next();
  for (const platform of s.platforms) platform.owner = next();
  for (const audience of s.audiences) audience.name = next();
  for (const pillar of s.editorial_line.pillars ?? []) {
    pillar.name = next();
    // Post ideas: the calendar shows one in every slot.
    pillar.examples = [next(), next()];
  }
  // A key date of the calendar's weeks, with every text the calendar shows of it.
  s.calendar = { ...(s.calendar ?? {}), key_dates: [{ date: '2027-01-06', name: next(), campaign: next(), note: next() }] };
  return s;
}

async function validateAll(file: string): Promise<Record<string, string>> {
  const outputs: Record<string, string> = {};
  for (const format of ['stylish', 'json', 'github', 'sarif', 'junit', 'markdown']) {
    const run = io();
    const code = await runValidate([file], { format, now: NOW, lang: 'en' }, run);
    expect([0, 1]).toContain(code);
    outputs[format] = run.out();
  }
  return outputs;
}

function checkGithub(text: string): void {
  expect(text).not.toContain('\r');
  for (const line of text.split('\n')) {
    // The runner trims leading spaces before looking for `::`.
    if (!line.trimStart().startsWith('::')) {
      expect(line).not.toMatch(RAW_CONTROL);
      continue;
    }
    const m = /^::(error|warning|notice|group|endgroup)( ([^:]*))?::(.*)$/.exec(line);
    expect(m, line).not.toBeNull();
    for (const prop of (m![3] ?? '').split(',').filter(Boolean)) expect(prop, line).toMatch(/^(file|line|col|endLine|endColumn|title)=[^,:]*$/);
    expect(m![4]).not.toMatch(RAW_CONTROL);
  }
}

function checkMarkdown(text: string, columns?: number): void {
  expect(text).not.toMatch(RAW_CONTROL);
  const html = render(text);
  expect(html).not.toMatch(/<(img|a|script|svg)\b/i);
  // The only elements: what the formats write themselves.
  for (const tag of html.matchAll(/<\/?([a-z0-9]+)/gi)) expect(['h1', 'h2', 'h3', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'br', 'em', 'strong', 'ul', 'li']).toContain(tag[1]);
  if (columns) for (const row of html.match(/<tr>[^]*?<\/tr>/g) ?? []) expect((row.match(/<t[dh]\b/g) ?? []).length).toBe(columns);
}

function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), i++;
    else {
      expect(c, 'a bare line break or quote outside a quoted field').not.toMatch(/[\r\n"]/);
      field += c;
    }
  }
  expect(quoted).toBe(false);
  return records;
}

describe('every output keeps its grammar whatever the user text (issue 21, family 1)', () => {
  it('plan validate: keys, values and file names into every format', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(visible, { minLength: 1, maxLength: 4 }), fc.array(hostile, { minLength: 1, maxLength: 3 }), fileName, async (values, keys, name) => {
        const s = strategyWith(values);
        // Unknown keys at the top and in a section: the findings quote them.
        for (const key of keys) {
          s[key] = 1;
          s.organization[key] = 'x';
        }
        const file = join(dir, name);
        await writeFile(file, stringify(s));
        const out = await validateAll(name);
        JSON.parse(out.json!);
        const sarif = JSON.parse(out.sarif!);
        for (const result of sarif.runs[0].results) expect(result.locations?.[0]?.physicalLocation.artifactLocation.uri ?? '').not.toMatch(RAW_CONTROL);
        expect(XMLValidator.validate(out.junit!)).toBe(true);
        checkGithub(out.github!);
        checkMarkdown(out.markdown!, 5);
        expect(out.stylish!).not.toMatch(RAW_CONTROL);
        await rm(file, { force: true });
      }),
      { numRuns: 25 * scale },
    );
  });

  it('plan calendar: every text field into ICS, CSV, Hootsuite CSV and Markdown', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(visible, { minLength: 1, maxLength: 4 }), async (values) => {
        const file = join(dir, 'calendar.yaml');
        await writeFile(file, stringify(strategyWith(values)));
        const outputs: Record<string, string> = {};
        for (const format of ['ics', 'csv', 'hootsuite', 'md']) {
          const run = io();
          expect(await runCalendar('calendar.yaml', { format, from: '2027-01-04', weeks: '2', now: NOW, lang: 'en', quiet: true }, run), run.err()).toBe(0);
          outputs[format] = run.out();
        }
        const ics = outputs.ics!;
        expect(ics.replace(/\r\n/g, '')).not.toMatch(RAW_CONTROL);
        const calendar = new ICAL.Component(ICAL.parse(ics));
        for (const event of calendar.getAllSubcomponents('vevent')) {
          for (const name of ['summary', 'description']) expect(String(event.getFirstPropertyValue(name) ?? '')).not.toMatch(RAW_CONTROL);
        }
        for (const [format, columns] of [['csv', CSV_HEADER.length], ['hootsuite', 3]] as const) {
          const records = csvRecords(outputs[format]!.replace(/^\uFEFF/, ''));
          for (const record of records) {
            expect(record).toHaveLength(columns);
            for (const field of record) expect(field).not.toMatch(RAW_CONTROL);
          }
        }
        checkMarkdown(outputs.md!);
      }),
      { numRuns: 20 * scale },
    );
  });
});
