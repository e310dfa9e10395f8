// The usage policy: who it applies to, its rules, and how partnerships are disclosed.
import type { BriefData } from '../types.js';
import type { SectionContext } from './context.js';
import { obj, str, strings } from './read.js';

export function policySection(c: SectionContext): BriefData['policy'] {
  const policy = obj(c.data.policy);
  const fields = [...c.field('policy.appliesTo', c.list(policy.applies_to)), ...c.field('policy.disclosure', str(policy.disclosure))];
  const rules = strings(policy.rules);
  return fields.length > 0 || rules.length > 0 ? { fields, rules } : undefined;
}
