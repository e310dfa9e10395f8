import { defineRule } from '../types.js';

// warn, not error: the Charter applies only when the account is official, publicised and targets
// Québec, which the file cannot prove; the team confirms or accepts it knowingly.
export const quebecFrench = defineRule({
  id: 'language/quebec-french',
  category: 'language',
  severity: 'warn',
  sources: ['oqlf-2016', 'ccgatineau'],
  messages: {
    en: {
      rationale: 'In Québec, an organization’s official accounts publish in French first (Charte de la langue française).',
      fix: 'Set `organization.language: fr` and publish in French first; another language may appear if French is at least as prominent.',
      notFrench: 'The organization is in Québec (`region: CA-QC`) but its main language is `{language}`. Under the Charte de la langue française, official accounts that target Québec publish in French first: set `language: fr` (English may follow, no more prominent than French).',
    },
    fr: {
      rationale: 'Au Québec, les comptes officiels d’une organisation publient d’abord en français (Charte de la langue française).',
      fix: 'Mettez `organization.language: fr` et publiez d’abord en français ; une autre langue peut suivre si le français est au moins aussi visible.',
      notFrench: 'L’organisation est au Québec (`region: CA-QC`), mais sa langue principale est `{language}`. Selon la Charte de la langue française, les comptes officiels qui visent le Québec publient d’abord en français : mettez `language: fr` (l’anglais peut suivre, sans être plus visible que le français).',
    },
  },
  examples: {
    pass: 'organization:\n  name: Café Boréal\n  language: fr\n  region: CA-QC\n',
    fail: 'organization:\n  name: Boreal Café\n  language: en\n  region: CA-QC\n',
  },
  check(strategy, { t }) {
    const org = strategy.organization;
    if (org?.region !== 'CA-QC' || org.language === 'fr' || org.language === undefined) return [];
    return [{ path: ['organization', 'language'], message: t('notFrench', { language: org.language }) }];
  },
});
