// The recap shown before anything is written, in the plan's language.
import type { Finding } from '../diagnostics.js';
import { type Translate } from '../i18n/index.js';
import { joinList } from '../i18n/intl.js';
import type { WizardKey } from '../i18n/wizard.js';
import type { Strategy } from '../strategy/types.js';
import { formatAge } from './steps/audience.js';
import { formatCadence } from './steps/platforms.js';
import { OPTIONAL_SECTIONS } from './types.js';
import { labelled, platformName } from './util.js';

export function summarize(strategy: Strategy, t: Translate<WizardKey>, files: { strategy: string; brief: string }, findings: readonly Finding[] = []): string {
  const lang = strategy.organization.language;
  const org = strategy.organization;
  const lines = [t('init.summary')];
  lines.push(t('init.summaryOrg', { name: org.name, lang, region: org.region ? `, ${org.region}` : '', context: org.context ? t(`context.${org.context}`) : '' }));
  for (const p of strategy.platforms) {
    lines.push(t('init.summaryPlatform', { name: p.name ?? platformName(p.id), role: labelled(p.role, t(`role.${p.role}`)).name, cadence: p.cadence ? ` · ${formatCadence(p.cadence, lang)}` : '' }));
  }
  for (const a of strategy.audiences) {
    const on = strategy.platforms.filter((p) => p.audiences?.includes(a.id)).map((p) => p.name ?? platformName(p.id));
    const age = formatAge(a.age);
    lines.push(t('init.summaryAudience', { name: a.name, age: age ? ` (${age})` : '', platforms: joinList(on, lang) }));
  }
  const tone = strategy.editorial_line.tone;
  lines.push(t('init.summaryTone', { voice: tone.voice?.join(', ') ?? '-', address: tone.address ?? '-', humour: tone.humour ? labelled(tone.humour, t(`humour.${tone.humour}`)).name : '-' }));
  for (const p of strategy.editorial_line.pillars ?? []) lines.push(t('init.summaryPillar', { name: p.name, share: p.share, purpose: p.purpose ? ` · ${labelled(p.purpose, t(`purpose.${p.purpose}`)).name}` : '' }));
  const present = OPTIONAL_SECTIONS.filter((s) => strategy[s] !== undefined);
  const skipped = OPTIONAL_SECTIONS.filter((s) => strategy[s] === undefined);
  if (present.length > 0) lines.push(t('init.summarySections', { sections: joinList(present.map((k) => t(`section.${k}`)), lang) }));
  if (skipped.length > 0) lines.push(t('init.summarySkipped', { sections: joinList(skipped.map((k) => t(`section.${k}`)), lang) }));
  lines.push(...openPoints(findings, t));
  lines.push(t('init.summaryFiles', files));
  return lines.map((line, i) => (i === 0 ? line : `  ${line}`)).join('\n') + '\n';
}

/**
 * What is left to settle, one line per finding of the file about to be written, in file order:
 * the same findings, lines and words as `plan validate`, so nothing is announced vaguely.
 */
export function openPoints(findings: readonly Finding[], t: Translate<WizardKey>): string[] {
  if (findings.length === 0) return [];
  const sorted = [...findings].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.col - b.range.start.col);
  return [
    t(findings.length === 1 ? 'init.openOne' : 'init.openMany', { count: findings.length }),
    // An error (the file cannot be written until it is settled) is marked as such.
    ...sorted.map((f) => t(f.severity === 'error' ? 'init.openPointError' : 'init.openPoint', { line: f.range.start.line, message: f.message, rule: f.ruleId })),
  ];
}
