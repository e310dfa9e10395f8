// The summary: one page with the article's first questions (who, goals, platforms, audiences,
// angle) and the key figures.
import { pluralOf } from '../../i18n/intl.js';
import type { BriefData } from '../types.js';
import type { SectionContext } from './context.js';
import { regionName } from '../../i18n/regions.js';
import { num, obj, str } from './read.js';

export function summarySection(
  c: SectionContext,
  sections: { objectives: BriefData['objectives']; editorial: BriefData['editorial']; rhythm: BriefData['rhythm'] },
): BriefData['summary'] {
  const { field, fmt, label, lang, none, org, t } = c;
  const counted = (key: 'fig.people' | 'fig.hours', n: number | undefined) =>
    n === undefined ? '' : t(`${key}.${pluralOf(lang, n)}`, { count: fmt.number(n) });
  const teamPeople = counted('fig.people', num(org.team_size));
  const teamHours = counted('fig.hours', num(org.hours_per_week));
  const team = teamPeople && teamHours ? t('fig.teamValue', { people: teamPeople, hours: teamHours }) : teamPeople || teamHours;
  return {
    who: [str(org.sector), [label('context', org.context), str(org.region) && regionName(str(org.region), c.lang)].filter(Boolean).join(', ')].filter(Boolean),
    goals: sections.objectives.map((o) => o.statement).filter((s) => s !== none),
    platforms: c.platformEntries.map((p) => ({ name: c.platformName(p), role: label('role', p.role), rationale: str(p.rationale) })),
    audiences: c.audienceEntries.map((a) => {
      const age = c.ageText(obj(a.age));
      const shown = str(a.name) || str(a.id);
      return age ? `${shown} (${age})` : shown;
    }).filter(Boolean),
    angle: sections.editorial?.positioning ?? '',
    figures: [
      ...field('fig.postsPerWeek', sections.rhythm?.total ?? ''),
      ...field('fig.team', team),
      ...field('fig.owner', str(org.owner)),
      ...field('fig.reviewBy', fmt.date(str(org.review_by))),
    ],
  };
}
