// The wizard: the article's steps in order, each a module under steps/. It returns a strategy and
// never writes anything; the command shows the summary, asks for confirmation and writes.
import type { Strategy } from '../strategy/types.js';
import { askOrganization } from './steps/organization.js';
import { askPlatforms } from './steps/platforms.js';
import { askAudiences } from './steps/audience.js';
import { askEditorialLine } from './steps/editorial-line.js';
import { askObjectives } from './steps/objectives.js';
import { askCommunity } from './steps/community.js';
import { askCrisis } from './steps/crisis.js';
import { askPolicy } from './steps/policy.js';
import { askMeasurement } from './steps/measurement.js';
import { isRecord } from './util.js';
import type { OptionalSection, StepContext } from './types.js';

export interface WizardOptions {
  /** `--quick`: steps 1 to 4 only (organization to editorial line); the later sections come from the base, if any. */
  quick?: boolean;
}

export async function runWizard(ctx: StepContext, options: WizardOptions = {}): Promise<Strategy> {
  const organization = await askOrganization(ctx);
  const platforms = await askPlatforms(ctx, organization.context ?? 'ongoing-presence');
  const { audiences, reach } = await askAudiences(ctx, platforms, organization.region);
  for (const platform of platforms) {
    const ids = reach[platform.id] ?? [];
    if (ids.length > 0) platform.audiences = ids;
    else delete platform.audiences;
  }
  const editorial_line = await askEditorialLine(ctx, organization.name);
  const strategy: Strategy = { version: 1, organization, platforms, audiences, editorial_line };

  const later: { key: OptionalSection; ask: () => Promise<unknown> }[] = [
    { key: 'objectives', ask: () => askObjectives(ctx, platforms) },
    { key: 'community', ask: () => askCommunity(ctx, organization.owner) },
    { key: 'crisis', ask: () => askCrisis(ctx, organization.owner) },
    { key: 'policy', ask: () => askPolicy(ctx) },
    { key: 'measurement', ask: () => askMeasurement(ctx, organization.owner) },
  ];
  const out = strategy as unknown as Record<string, unknown>;
  for (const section of later) {
    const value = options.quick ? ctx.base?.[section.key] : await section.ask();
    if (value !== undefined) out[section.key] = value;
  }
  // Sections the wizard never asks about (calendar settings) are kept from the base.
  if (isRecord(ctx.base?.calendar)) out.calendar = ctx.base.calendar;
  if (strategy.objectives) {
    // An objective may name a platform that was just dropped: keep only the chosen ones.
    const chosen = new Set(platforms.map((p) => p.id));
    for (const objective of strategy.objectives) {
      if (objective.platforms) objective.platforms = objective.platforms.filter((id) => chosen.has(id));
      if (objective.platforms?.length === 0) delete objective.platforms;
    }
  }
  return strategy;
}

export { Asker, flattenAnswers, splitList, type Answers, type AskMode } from './ask.js';
export type { StepContext, BaseStrategy, OptionalSection } from './types.js';
export { OPTIONAL_SECTIONS } from './types.js';
