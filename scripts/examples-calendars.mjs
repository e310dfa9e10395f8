// Regenerate examples/calendars/: for every examples/*.strategy.yaml, a four-week calendar from a
// fixed Monday in Markdown, CSV and iCalendar, made by the built `plan` (run `npm run build` first).
// test/unit/calendar/examples.test.ts fails when these files are stale.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXAMPLES_FROM = '2027-01-04';
export const EXAMPLES_WEEKS = 4;
export const EXAMPLE_FORMATS = [
  ['md', 'calendar.md'],
  ['csv', 'calendar.csv'],
  ['ics', 'calendar.ics'],
];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'examples', 'calendars');
mkdirSync(out, { recursive: true });
const strategies = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.strategy.yaml')).sort();
for (const file of strategies) {
  const name = file.replace(/\.strategy\.yaml$/, '');
  for (const [format, extension] of EXAMPLE_FORMATS) {
    const target = join('examples', 'calendars', `${name}.${extension}`);
    execFileSync(process.execPath, [join(root, 'bin', 'plan.js'), 'calendar', join('examples', file), '--from', EXAMPLES_FROM, '--weeks', String(EXAMPLES_WEEKS), '--format', format, '--out', target, '--force', '--quiet'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    console.log(`wrote ${target}`);
  }
}
