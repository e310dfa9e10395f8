// The wizard driven through its answers file with generated valid answers (in process, --yes):
// every run ends in a written strategy that validates without errors, or stops at the question
// to change (exit 2, a message naming the flag or answer key). None ends in "this is a bug",
// and a stopped run writes nothing.
import fc from 'fast-check';
import { PassThrough } from 'node:stream';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runInit } from '../../src/commands/init/run.js';
import { isKnownError } from '../../src/errors.js';
import type { CommandIO } from '../../src/io/context.js';
import { checkText } from '../../src/validate/check.js';
import { PROMO_LIMIT } from '../../src/rules/editorial/promo-share.js';
import { guessPurpose } from '../../src/wizard/steps/pillar-purpose.js';
import { slugify } from '../../src/wizard/util.js';

const NOW = '2026-11-26';
const scale = Number(process.env.PLAN_PROPERTY_RUNS ?? 1);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-wizard-prop-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const PILLAR_NAMES = ['Promos', 'Offres', 'Product updates', 'Finance playbooks', 'Customer stories', 'Coulisses', 'Conseils', 'Behind the scenes', 'Nouvelles du quartier', 'Industry news', 'Partages', 'Recettes', 'Soldes', 'Our team', 'Témoignages', 'Quiz'];
const PURPOSES = ['educate', 'inform', 'entertain', 'inspire', 'community', 'promote'] as const;
const SECTIONS = ['objectives', 'community', 'crisis', 'policy', 'measurement'] as const;

/** Shares that sum to 100: cut points in 1..99. */
const pillars = fc.uniqueArray(fc.constantFrom(...PILLAR_NAMES), { minLength: 1, maxLength: 5 }).chain((names) =>
  fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: names.length - 1, maxLength: names.length - 1 }).map((cuts) => {
    const points = [0, ...[...cuts].sort((a, b) => a - b), 100];
    return names.map((name, i) => ({ name, share: points[i + 1]! - points[i]! }));
  }),
);

const measure = fc.oneof(fc.integer({ min: 0, max: 100_000 }).map(String), fc.constantFrom('1 200', '3,5', 'une dizaine', 'le triple', 'lots'));
const date = fc.oneof(fc.constantFrom('2027-03-31', '2026-12-01', '2025-06-30', '2026-11-25', '2028-01-15'));

const answers = fc.record({
  lang: fc.constantFrom('en', 'fr'),
  name: fc.constantFrom('Ledgerly', 'Café Boréal', 'Harbour Bakery'),
  sector: fc.constantFrom('B2B software', 'Boulangerie', 'Logiciel de paie', 'Municipal politics', ''),
  context: fc.constantFrom('product-launch', 'political-campaign', 'ongoing-presence', 'event', 'cause', 'recruitment', 'rebrand', 'other'),
  platforms: fc.subarray(['instagram', 'facebook', 'linkedin', 'tiktok', 'youtube', 'x'], { minLength: 1, maxLength: 3 }),
  ages: fc.constantFrom('30-55', '18-34', '65+', '25-40'),
  mix: fc.constantFrom('80-20', 'thirds', '4-1-1', 'custom'),
  pillars,
  purposes: fc.array(fc.constantFrom(...PURPOSES), { minLength: 5, maxLength: 5 }),
  givePurposes: fc.boolean(),
  humour: fc.constantFrom('none', 'light', 'playful', 'edgy'),
  baseline: fc.option(measure, { nil: undefined }),
  target: fc.option(measure, { nil: undefined }),
  deadline: fc.option(date, { nil: undefined }),
  keepPast: fc.boolean(),
  // What plan report follows, as --measure gives it: valid on some platforms, not a metric, not the shape.
  measure: fc.option(fc.constantFrom('instagram/followers/last', 'all/custom:signups', 'all/reach', 'facebook/engagement-rate/mean', 'tiktok/views/sum', 'linkedin/custom', 'instagram/likes', 'instagram', 'all/reach/median'), { nil: undefined }),
  skip: fc.subarray([...SECTIONS]),
  quick: fc.boolean(),
  responseTime: fc.option(fc.constantFrom('15m', '30 min', '2 h', '4h', '1d'), { nil: undefined }),
  template: fc.option(fc.constantFrom('product-launch', 'political-campaign', 'nonprofit-cause', 'local-business', 'b2b'), { nil: undefined }),
});
type Generated = typeof answers extends fc.Arbitrary<infer T> ? T : never;

function toFile(a: Generated): Record<string, unknown> {
  const file: Record<string, unknown> = {
    lang: a.lang,
    name: a.name,
    sector: a.sector,
    context: a.context,
    platforms: a.platforms,
    audiences: [`Public:${a.ages}`],
    address: a.lang === 'fr' ? 'tu' : 'informal',
    humour: a.humour,
    mix: a.mix,
    pillars: a.pillars.map((p) => `${p.name} ${p.share}`).join(', '),
    skip: a.skip,
    quick: a.quick,
  };
  if (a.givePurposes) a.pillars.forEach((p, i) => (file[`purpose.${slugify(p.name)}`] = a.purposes[i]));
  if (a.baseline !== undefined) file['objective.1.baseline'] = a.baseline;
  if (a.target !== undefined) file['objective.1.target'] = a.target;
  if (a.deadline !== undefined) file['objective.1.deadline'] = a.deadline;
  if (a.keepPast) file['objective.1.past-deadline'] = true;
  if (a.measure !== undefined) file['objective.1.measure'] = a.measure;
  if (a.responseTime !== undefined) file['community.response_time'] = a.responseTime;
  return file;
}

/** What a valid run must stop at, if anything: the promotional share over the mix, text for a number, a past deadline not confirmed. */
function expectedStop(a: Generated): RegExp | undefined {
  const limit = PROMO_LIMIT[a.mix];
  const promo = a.pillars.reduce((sum, p, i) => sum + ((a.givePurposes ? a.purposes[i] : guessPurpose(p.name)) === 'promote' ? p.share : 0), 0);
  if (limit !== undefined && promo > Math.ceil(limit)) return /--pillars/;
  if (a.skip.includes('objectives') || a.quick) return undefined;
  // Read in the plan's language: "3,5" is 3.5 in French, and could be 35 or 3.5 in English (refused).
  const numeric = (v: string | undefined) => v === undefined || /^\d+$/.test(v) || v === '1 200' || (v === '3,5' && a.lang === 'fr');
  if (!numeric(a.baseline)) return /objective\.1\.baseline/;
  if (!numeric(a.target)) return /objective\.1\.target/;
  if (a.deadline !== undefined && a.deadline < NOW && !a.keepPast) return /objective\.1\.deadline/;
  if (a.measure !== undefined) {
    const [platform, metric = '', aggregate] = a.measure.split('/');
    const known = metric.split(':')[0] !== 'likes' && (aggregate === undefined || ['last', 'sum', 'mean'].includes(aggregate));
    if (!a.measure.includes('/') || !known || (platform !== 'all' && !a.platforms.includes(platform!))) return /objective\.1\.measure/;
  }
  return undefined;
}

function silentIO(cwd: string): CommandIO {
  const stdin = new PassThrough();
  stdin.end();
  return { stdout: { write: () => true }, stderr: { write: () => true }, stdin, env: { LANG: 'en_US.UTF-8' }, cwd };
}

describe('the wizard through its answers file, with generated valid answers', () => {
  it('writes a strategy that validates, or stops at the question to change (exit 2); never "this is a bug"', async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(answers, async (a) => {
        const area = join(dir, `r${++round}`);
        const file = join(dir, `answers-${round}.json`);
        await writeFile(file, JSON.stringify(toFile(a)));
        const stop = expectedStop(a);
        let code: number | undefined;
        let error: unknown;
        try {
          code = await runInit({ answers: file, yes: true, out: area, now: NOW, quiet: true, template: a.template }, silentIO(dir));
        } catch (e) {
          error = e;
        }
        if (stop === undefined) {
          expect(error).toBeUndefined();
          expect(code).toBe(0);
          const text = await readFile(join(area, 'strategy.yaml'), 'utf8');
          const findings = checkText(text, 'strategy.yaml', { now: new Date(`${NOW}T12:00:00Z`), env: {} }).findings;
          expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
          // The crisis tiers' times are not asked: they never contradict the everyday response time.
          expect(findings.filter((f) => f.ruleId === 'consistency/crisis-response-order')).toEqual([]);
          // The measure given is the one written, on the first objective.
          if (a.measure !== undefined && !a.skip.includes('objectives') && !a.quick) {
            const first = (parse(text) as { objectives: { measure: { platform: string; metric: string } }[] }).objectives[0]!;
            expect(`${first.measure.platform}/${first.measure.metric}`).toBe(a.measure.split('/').slice(0, 2).join('/').replace(/:.*/, ''));
          }
        } else {
          expect(isKnownError(error), String(error)).toBe(true);
          expect((error as { exitCode: number }).exitCode).toBe(2);
          const message = (error as Error).message;
          expect(message).toMatch(/^(Cannot use|Impossible d’utiliser) /);
          expect(message).toMatch(stop);
          expect(message).not.toMatch(/bug|bogue/i);
          expect(await readdir(dir)).not.toContain(`r${round}`);
        }
      }),
      { numRuns: 60 * scale },
    );
  }, 60_000);
});
