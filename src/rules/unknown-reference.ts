// One factory for the rules that report a reference to an id that nothing defines: an audience that a
// platform names, a platform that an objective names, a platform id outside the catalogue. A rule says
// which ids are known and where the references are; the factory reports each unknown one, with the
// closest known id as a suggestion.
import type { PathSegment } from '../diagnostics.js';
import type { Catalog } from '../i18n/index.js';
import type { Strategy } from '../strategy/types.js';
import { closest } from '../text/suggest.js';
import { defineRule, type Rule, type RuleHit } from './types.js';

/** An id used somewhere in the strategy, and where. */
export interface Reference {
  id: string;
  path: PathSegment[];
}

type Keys = 'rationale' | 'fix' | 'unknown';

export interface UnknownReferenceSpec extends Omit<Rule<Keys>, 'meta' | 'check' | 'messages'> {
  /** `unknown` gets `{id}`, `{suggestion}` (a "did you mean", or nothing) and `{known}` (the known ids). */
  messages: Catalog<Keys>;
  known(strategy: Strategy): readonly string[];
  references(strategy: Strategy): Iterable<Reference>;
}

const DID_YOU_MEAN = { en: ' Did you mean `{suggestion}`?', fr: ' Vouliez-vous dire `{suggestion}`?' };

export function unknownReferenceRule(spec: UnknownReferenceSpec): Rule<'unknown' | 'didYouMean'> {
  const { known, references, messages, ...rule } = spec;
  return defineRule({
    ...rule,
    messages: { en: { ...messages.en, didYouMean: DID_YOU_MEAN.en }, fr: { ...messages.fr, didYouMean: DID_YOU_MEAN.fr } },
    check(strategy, { t }) {
      const ids = known(strategy);
      const hits: RuleHit[] = [];
      for (const { id, path } of references(strategy)) {
        if (ids.includes(id)) continue;
        const guess = closest(id, ids);
        hits.push({ path, message: t('unknown', { id, suggestion: guess ? t('didYouMean', { suggestion: guess }) : '', known: ids.map((k) => `\`${k}\``).join(', ') || '-' }) });
      }
      return hits;
    },
  });
}
