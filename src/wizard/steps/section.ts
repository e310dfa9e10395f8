// The sections after step 4 are each offered with "skip for now": a skipped section is left out
// of the file (the validator then reminds the team), never filled with made-up values.
import type { StepContext, OptionalSection } from '../types.js';

export async function wantsSection(ctx: StepContext, section: OptionalSection): Promise<boolean> {
  const { ask } = ctx;
  // Answering any question of the section (flag or answers file) means "fill it in".
  for (const key of ask.answers.keys()) if (key === section || key.startsWith(`${section}.`)) return true;
  ask.heading(ask.t(`step.${section}`));
  const fill = await ask.confirm({ key: `fill.${section}`, message: ask.t('section.fill'), default: true });
  return fill;
}
