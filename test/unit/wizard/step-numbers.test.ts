// The step numbers `plan init --help` gives each flag are the ones the wizard shows ("Step 2 of 4").
import { describe, expect, it } from 'vitest';
import { helpCatalog } from '../../../src/i18n/help.js';
import { wizardCatalog } from '../../../src/i18n/wizard.js';

const FLAGS_BY_STEP = {
  'step.organization': ['name', 'sector', 'region', 'context', 'owner'],
  'step.platforms': ['platforms', 'role', 'cadence'],
  'step.audience': ['audience'],
  'step.editorial': ['positioning', 'voice', 'address', 'humour', 'emoji', 'mix', 'pillars', 'do', 'dont'],
} as const;

describe.each(['en', 'fr'] as const)('init help step numbers (%s)', (lang) => {
  it.each(Object.entries(FLAGS_BY_STEP))('%s', (stepKey, flags) => {
    const title = wizardCatalog[lang][stepKey as keyof (typeof wizardCatalog)['en']];
    const step = /(?:Step|Étape) (\d) (?:of|sur) \d/.exec(title)?.[1];
    expect(step).toBeDefined();
    for (const flag of flags) {
      const help = helpCatalog[lang][`init.opt.${flag}` as keyof (typeof helpCatalog)['en']];
      expect(help).toMatch(new RegExp(`^(?:step|étape) ${step} ?:`));
    }
  });
});
