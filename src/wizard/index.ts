// The wizard: the steps in order (organization, platforms, audience, editorial line, then the
// optional sections), each a module under steps/. It returns a strategy and never writes anything;
// the command shows the summary, lets the person go back to a step, and writes.
import type { AudienceEntry, CalendarSettings, EditorialLine, Organization, PlatformEntry, Strategy } from '../strategy/types.js';
import { Asker, type StepCounter } from './ask.js';
import type { Choice, Prompter } from './prompts.js';
import { askOrganization } from './steps/organization.js';
import { askPlatforms } from './steps/platforms.js';
import { askAudiences } from './steps/audience.js';
import { askEditorialLine } from './steps/editorial-line.js';
import { askKeyDates, askPostIdeas } from './steps/key-dates.js';
import { askObjectives } from './steps/objectives.js';
import { askCommunity } from './steps/community.js';
import { askCrisis } from './steps/crisis.js';
import { askPolicy } from './steps/policy.js';
import { askMeasurement } from './steps/measurement.js';
import { guessPlatform } from '../strategy/measure.js';
import { isRecord } from './util.js';
import { OPTIONAL_SECTIONS, type OptionalSection, type StepContext } from './types.js';

export const CORE_STEPS = ['organization', 'platforms', 'audience', 'editorial'] as const;
export type CoreStep = (typeof CORE_STEPS)[number];
export type WizardStep = CoreStep | OptionalSection;

export interface WizardOptions {
  /** `--quick`: steps 1 to 4 only (organization to editorial line); the later sections come from the base, if any. */
  quick?: boolean;
  /** Show "question N of M" within each step (the terminal run). */
  progress?: boolean;
  /** Going back from the summary: this step is asked again, the others replay their answers quietly. */
  revisit?: WizardStep;
}

/** What the steps have built so far; a step reads the earlier ones. */
interface Built {
  organization?: Organization;
  platforms?: PlatformEntry[];
  audiences?: AudienceEntry[];
  reach?: Record<string, string[]>;
  editorial_line?: EditorialLine;
  /** `calendar` with the key dates chosen after the editorial line. */
  calendar?: CalendarSettings;
  sections: Partial<Record<OptionalSection, unknown>>;
}

type Step = { name: WizardStep; run: (ctx: StepContext, built: Built) => Promise<void> };

const owner = (b: Built) => b.organization!.owner;
const address = (b: Built) => b.editorial_line?.tone.address;
const everyday = (b: Built) => (b.sections.community as { response_time?: string } | undefined)?.response_time;

const STEPS: Step[] = [
  { name: 'organization', run: async (c, b) => void (b.organization = await askOrganization(c)) },
  { name: 'platforms', run: async (c, b) => void (b.platforms = await askPlatforms(c, b.organization!.context ?? 'ongoing-presence', b.organization!.sector, b.organization!.region)) },
  {
    name: 'audience',
    run: async (c, b) => {
      const { audiences, reach } = await askAudiences(c, b.platforms!, b.organization!.region, b.organization!.sector);
      b.audiences = audiences;
      b.reach = reach;
    },
  },
  {
    name: 'editorial',
    run: async (c, b) => {
      b.editorial_line = await askEditorialLine(c, b.organization!.name);
      // After the editorial line: each pillar's post ideas, then the key dates of the region.
      await askPostIdeas(c, b.editorial_line.pillars ?? [], b.editorial_line.tone.address);
      b.calendar = await askKeyDates(c, b.organization!, b.editorial_line.pillars ?? []);
    },
  },
  { name: 'objectives', run: async (c, b) => void (b.sections.objectives = await askObjectives(c, b.platforms!)) },
  { name: 'community', run: async (c, b) => void (b.sections.community = await askCommunity(c, owner(b), address(b))) },
  { name: 'crisis', run: async (c, b) => void (b.sections.crisis = await askCrisis(c, owner(b), address(b), everyday(b))) },
  { name: 'policy', run: async (c, b) => void (b.sections.policy = await askPolicy(c)) },
  { name: 'measurement', run: async (c, b) => void (b.sections.measurement = await askMeasurement(c, owner(b))) },
];

function stepsFor(options: WizardOptions): Step[] {
  return options.quick ? STEPS.filter((s) => (CORE_STEPS as readonly string[]).includes(s.name)) : STEPS;
}

export async function runWizard(ctx: StepContext, options: WizardOptions = {}): Promise<Strategy> {
  const built: Built = { sections: {} };
  for (const step of stepsFor(options)) {
    const counter: StepCounter | undefined = options.progress ? () => countStep(ctx, step, built) : undefined;
    ctx.ask.beginStep(step.name, undefined, counter);
    ctx.ask.quiet = options.revisit !== undefined && options.revisit !== step.name;
    await step.run(ctx, built);
  }
  ctx.ask.quiet = false;
  return assemble(ctx, built, options);
}

function assemble(ctx: StepContext, built: Built, options: WizardOptions): Strategy {
  const { organization, platforms, audiences, reach, editorial_line } = built as Required<Built>;
  for (const platform of platforms) {
    const ids = reach[platform.id] ?? [];
    if (ids.length > 0) platform.audiences = ids;
    else delete platform.audiences;
  }
  const strategy: Strategy = { version: 1, organization, platforms, audiences, editorial_line };
  const out = strategy as unknown as Record<string, unknown>;
  for (const section of OPTIONAL_SECTIONS) {
    const value = options.quick ? ctx.base?.[section] : built.sections[section];
    if (value !== undefined) out[section] = value;
  }
  // Calendar settings: the key dates asked after the editorial line, the rest kept from the base.
  if (built.calendar) out.calendar = built.calendar;
  else if (isRecord(ctx.base?.calendar)) out.calendar = ctx.base.calendar;
  if (strategy.objectives) {
    // An objective may name a platform that was just dropped: keep only the chosen ones.
    const chosen = new Set(platforms.map((p) => p.id));
    for (const objective of strategy.objectives) {
      if (objective.platforms) objective.platforms = objective.platforms.filter((id) => chosen.has(id));
      if (objective.platforms?.length === 0) delete objective.platforms;
      // Its measure too: on a dropped platform, it moves to the objective's remaining ones.
      if (objective.measure && objective.measure.platform !== 'all' && !chosen.has(objective.measure.platform)) objective.measure.platform = guessPlatform(objective, [...chosen]);
    }
  }
  return strategy;
}

/** Bounds a counting run: a loop that never ends on its suggestions stops being counted here. */
const COUNT_LIMIT = 500;

/** Answers tried, in order, when the suggestion does not pass: any text, then one pillar at 100 %. */
const STAND_INS = ['x', 'x 100'];

/** A Prompter that takes every suggestion and counts the questions: the route if you press Enter. */
function countingPrompter(): Prompter & { count: number } {
  const p = {
    count: 0,
    tick() {
      if (++p.count > COUNT_LIMIT) throw new RangeError('count limit');
    },
    async input(q: { default?: string; validate?: (value: string) => string | true }) {
      p.tick();
      // A question with no usable suggestion (a second persona's name, custom pillars) is counted
      // on with a stand-in answer that passes, so the rest of the step is counted too.
      const candidates = [q.default ?? '', ...STAND_INS];
      return candidates.find((value) => (q.validate?.(value) ?? true) === true) ?? q.default ?? '';
    },
    async confirm(q: { default: boolean }) {
      p.tick();
      return q.default;
    },
    async select<T extends string>(q: { choices: readonly Choice<T>[]; default?: T }) {
      p.tick();
      return q.default ?? q.choices[0]!.value;
    },
    async checkbox<T extends string>(q: { choices: readonly (Choice<T> & { checked?: boolean })[] }) {
      p.tick();
      return q.choices.filter((c) => c.checked).map((c) => c.value);
    },
    note() {},
  };
  return p;
}

/** A copy of the context whose Asker takes every suggestion, with the answers given so far. */
function countingContext(ctx: StepContext): { ctx: StepContext; prompter: ReturnType<typeof countingPrompter> } {
  const prompter = countingPrompter();
  const answers = new Map(ctx.ask.answers);
  for (const [key, { value }] of ctx.ask.given) answers.set(key, value);
  const ask = new Asker('interactive', answers, prompter, ctx.ask.lang);
  ask.counting = true;
  for (const key of ctx.ask.follow) ask.follow.add(key);
  for (const [key, value] of ctx.ask.suggestions) ask.suggestions.set(key, value);
  // A question asked again (after the promo-share warning) is suggested its earlier answer.
  for (const [key, { value }] of ctx.ask.earlier) if (!answers.has(key) && !ask.suggestions.has(key)) ask.suggestions.set(key, value);
  return { ctx: { ...ctx, ask }, prompter };
}

async function countRun(prompter: { count: number }, run: () => Promise<unknown>): Promise<number> {
  try {
    await run();
  } catch {
    // An answer the real run will refuse, or the bound: what was counted so far stands.
  }
  return prompter.count;
}

/** The questions a step still asks if every suggestion is taken, the next one included. */
async function countStep(ctx: StepContext, step: Step, built: Built): Promise<number> {
  const counting = countingContext(ctx);
  return countRun(counting.prompter, () => step.run(counting.ctx, { ...built, sections: { ...built.sections } }));
}

/** How many questions the whole route asks (pre-answers left out), taking every suggestion. */
export async function countQuestions(ctx: StepContext, options: WizardOptions = {}): Promise<{ core: number; optional: number }> {
  const counting = countingContext(ctx);
  const built: Built = { sections: {} };
  let core = 0;
  await countRun(counting.prompter, async () => {
    for (const step of stepsFor(options)) {
      await step.run(counting.ctx, built);
      if ((CORE_STEPS as readonly string[]).includes(step.name)) core = counting.prompter.count;
    }
  });
  return { core, optional: counting.prompter.count - core };
}

export { Asker, flattenAnswers, splitList, type Answers, type AskMode } from './ask.js';
export type { StepContext, BaseStrategy, OptionalSection } from './types.js';
export { OPTIONAL_SECTIONS } from './types.js';
