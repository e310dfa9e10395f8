import { defineRule, type RuleHit } from '../types.js';
import { isIsoDate } from '../../calendar/dates.js';
import { isYearlyRule } from '../../calendar/key-dates.js';

// error: a key date the calendar cannot place, or that names a pillar the strategy does not have,
// is silently missing from every calendar; the file must say which day it means.
export const keyDate = defineRule({
  id: 'calendar/key-date',
  category: 'calendar',
  severity: 'error',
  source: 'Rule syntax of the date-holidays package (github.com/commenthol/date-holidays, docs/specification.md); a key date must resolve to a day to appear in the calendar.',
  messages: {
    en: {
      rationale: 'Each key date must say which day it is (a date or a yearly rule, not both), and name pillars the strategy has.',
      fix: 'Give the key date either `date: YYYY-MM-DD` or a yearly `rule` such as `12-24` or `2nd sunday in May`, and use pillar ids from `editorial_line.pillars`.',
      none: 'The key date "{name}" has no day: add `date: YYYY-MM-DD` (once) or `rule: 2nd sunday in May` (every year).',
      both: 'The key date "{name}" has both `date` and `rule`: keep one of them.',
      rule: 'The rule "{rule}" of "{name}" is not one the calendar can read. Write it like `12-24`, `2nd sunday in May`, `monday before 05-25` or `easter -2`.',
      pillar: 'The key date "{name}" names the pillar `{id}`, which is not in `editorial_line.pillars`. Use one of: {known}.',
    },
    fr: {
      rationale: 'Chaque date clé doit dire de quel jour il s’agit (une date ou une règle annuelle, pas les deux) et nommer des piliers de la stratégie.',
      fix: 'Donnez à la date clé soit `date: AAAA-MM-JJ`, soit une règle annuelle `rule` comme `12-24` ou `2nd sunday in May`, et utilisez des id de piliers de `editorial_line.pillars`.',
      none: 'La date clé « {name} » n’a pas de jour : ajoutez `date: AAAA-MM-JJ` (une fois) ou `rule: 2nd sunday in May` (chaque année).',
      both: 'La date clé « {name} » a à la fois `date` et `rule` : gardez-en un seul.',
      rule: 'La règle « {rule} » de « {name} » n’est pas lisible par le calendrier. Écrivez-la comme `12-24`, `2nd sunday in May` (2e dimanche de mai), `monday before 05-25` ou `easter -2`.',
      pillar: 'La date clé « {name} » nomme le pilier `{id}`, absent de `editorial_line.pillars`. Utilisez l’un de : {known}.',
    },
  },
  examples: {
    pass: 'calendar:\n  key_dates:\n    - rule: 2nd sunday in May\n      name: Mother’s Day\n',
    fail: 'calendar:\n  key_dates:\n    - rule: second Sunday of May\n      name: Mother’s Day\n',
  },
  check(strategy, { t }) {
    const entries = strategy.calendar?.key_dates;
    if (!Array.isArray(entries)) return [];
    const pillars = (strategy.editorial_line?.pillars ?? []).map((p) => p?.id).filter((id): id is string => typeof id === 'string');
    const known = pillars.map((id) => `\`${id}\``).join(', ') || '—';
    const hits: RuleHit[] = [];
    entries.forEach((entry, i) => {
      if (!entry || typeof entry !== 'object') return;
      const name = typeof entry.name === 'string' ? entry.name : '';
      const path = ['calendar', 'key_dates', i];
      const hasDate = entry.date !== undefined;
      const hasRule = entry.rule !== undefined;
      if (!hasDate && !hasRule) hits.push({ path, anchor: 'key', message: t('none', { name }) });
      else if (hasDate && hasRule) hits.push({ path: [...path, 'rule'], anchor: 'key', message: t('both', { name }) });
      else if (hasRule && typeof entry.rule === 'string' && !isYearlyRule(entry.rule)) hits.push({ path: [...path, 'rule'], message: t('rule', { rule: entry.rule, name }) });
      else if (hasDate && typeof entry.date === 'string' && !isIsoDate(entry.date)) return; // the schema's date format says it
      if (typeof entry.pillar === 'string' && !pillars.includes(entry.pillar)) hits.push({ path: [...path, 'pillar'], message: t('pillar', { name, id: entry.pillar, known }) });
      (Array.isArray(entry.blackout_pillars) ? entry.blackout_pillars : []).forEach((id, k) => {
        if (typeof id === 'string' && !pillars.includes(id)) hits.push({ path: [...path, 'blackout_pillars', k], message: t('pillar', { name, id, known }) });
      });
    });
    return hits;
  },
});
