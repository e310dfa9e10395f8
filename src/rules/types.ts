// A rule is a pure function of the strategy: it gets the data and a clock, and returns hits
// (a path into the data and a message). Positions, severities and suppressions are the engine's job.
import type { PathSegment, Severity } from '../diagnostics.js';
import type { Catalog, Lang, Translate } from '../i18n/index.js';
import type { Strategy } from '../strategy/types.js';
import type { Anchor } from '../strategy/positions.js';
import { ruleDocsUrl } from './docs.js';

export interface RuleHit {
  path: PathSegment[];
  /** `value` (default) points at the value at `path`; `key` at its key. A missing path points at its parent. */
  anchor?: Anchor;
  message: string;
}

export interface RuleContext<K extends string> {
  /** Messages of this rule, in the language of the run. */
  t: Translate<K>;
  lang: Lang;
  /** The clock: `--now` or the system date, so that tests are stable. */
  now: Date;
}

export type RuleCategory = 'refs' | 'objectives' | 'platforms' | 'audience' | 'editorial' | 'community' | 'crisis' | 'policy' | 'language' | 'review';

export interface Rule<K extends string = string> {
  /** Stable id, `category/name`. */
  id: string;
  category: RuleCategory;
  severity: Severity;
  /** Where the rule's advice comes from (a source in shared research, a framework, the article). */
  source: string;
  /**
   * The rule's own catalog. It must have a `rationale` key (one line, shown by `plan rules`)
   * and a `fix` key (how to fix, shown by `plan rules ID`).
   */
  messages: Catalog<K | 'rationale' | 'fix'>;
  /** Examples for `plan rules ID`: a YAML snippet that passes and one that fails. */
  examples?: { pass: string; fail: string };
  check(strategy: Strategy, context: RuleContext<K | 'rationale' | 'fix'>): RuleHit[];
  /** As ESLint's `meta.docs.url`: where the rule is explained (its heading in docs/rules.md). */
  meta: { docs: { url: string } };
}

/** Declare a rule with its message keys checked by the type system; its docs URL follows from its id. */
export function defineRule<const K extends string>(rule: Omit<Rule<K>, 'meta'>): Rule<K> {
  return { ...rule, meta: { docs: { url: ruleDocsUrl(rule.id) } } };
}
