// The editorial line (positioning, tone, do's and don'ts, sensitive topics) and its pillars.
import type { BriefData } from '../types.js';
import type { SectionContext } from './context.js';
import { arr, num, obj, str, strings } from './read.js';

export function editorialSection(c: SectionContext): { editorial: BriefData['editorial']; pillars: BriefData['pillars'] } {
  const { field, label, list, none, fmt } = c;
  const line = obj(c.data.editorial_line);
  const tone = obj(line.tone);
  const editorialFields = [
    ...field('editorial.voice', list(tone.voice)),
    ...field('editorial.address', label('address', tone.address)),
    ...field('editorial.humour', label('humour', tone.humour)),
    ...field('editorial.emoji', label('emoji', tone.emoji)),
    ...field('editorial.mix', label('mix', line.mix)),
  ];
  const editorial = {
    positioning: str(line.positioning),
    fields: editorialFields,
    do: strings(line.do),
    dont: strings(line.dont),
    sensitive: strings(line.sensitive_topics),
  };
  const hasEditorial = Boolean(editorial.positioning || editorialFields.length || editorial.do.length || editorial.dont.length || editorial.sensitive.length);
  const pillars = arr(line.pillars).map(obj).map((p) => {
    const share = num(p.share) ?? 0;
    return {
      name: str(p.name) || str(p.id) || none,
      share,
      shareText: fmt.percent(share),
      purpose: label('purpose', p.purpose),
      description: str(p.description),
      examples: strings(p.examples),
    };
  });
  return { editorial: hasEditorial || pillars.length > 0 ? editorial : undefined, pillars };
}
