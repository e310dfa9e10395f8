// A rule is a pure function of the strategy: it gets the data and a clock, and returns hits
// (a path into the data and a message). Positions, severities and suppressions are the engine's job.
import type { PathSegment, Severity } from '../diagnostics.js';
import type { Catalog, Lang, Params, Translate } from '../i18n/index.js';
import type { Strategy } from '../strategy/types.js';
import type { Anchor } from '../strategy/positions.js';
import { ruleDocsUrl } from './docs.js';
import type { SourceId } from './sources.js';

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

export type RuleCategory = 'refs' | 'objectives' | 'platforms' | 'audience' | 'editorial' | 'community' | 'crisis' | 'policy' | 'language' | 'review' | 'consistency' | 'calendar';

export interface Rule<K extends string = string> {
  /** Stable id, `category/name`. */
  id: string;
  category: RuleCategory;
  severity: Severity;
  /** The public sources the rule's advice comes from (src/rules/sources.ts); none for a rule that
   *  only checks the file is consistent with itself (an id used twice). */
  sources?: readonly SourceId[];
  /** Sources written out as text (title, publisher, link), for rules not yet in the registry. */
  source?: string;
  /**
   * The rule's own catalog. It must have a `rationale` key (one line, shown by `plan rules`)
   * and a `fix` key (how to fix, shown by `plan rules ID`).
   */
  messages: Catalog<K | 'rationale' | 'fix'>;
  /** Examples for `plan rules ID`: a YAML snippet that passes and one that fails, with French
   *  ones (`fr`) when the snippets hold words rather than only keys and values of the schema. */
  examples?: { pass: string; fail: string; fr?: { pass: string; fail: string } };
  check(strategy: Strategy, context: RuleContext<K | 'rationale' | 'fix'>): RuleHit[];
  /** As ESLint's `meta.docs.url`: where the rule is explained (its heading in docs/rules.md). */
  meta: { docs: { url: string } };
}

/**
 * A field the strategy must decide, as data (Spectral's `then: { field, function: truthy }`): when
 * `when` holds and the value at `field` is not `decided`, the rule reports `message` there.
 */
export interface Decision<K extends string> {
  field: readonly PathSegment[];
  message: K;
  /** When the decision is due; always by default. */
  when?: (strategy: Strategy) => boolean;
  /** Whether the value counts as decided; by default, whether it is written at all (see isWritten). */
  decided?: (value: unknown) => boolean;
  params?: (strategy: Strategy) => Params;
}

/** What a rule file declares: decisions as data, and a check for anything else (both optional). */
export interface RuleDefinition<K extends string> extends Omit<Rule<K>, 'meta' | 'check'> {
  decisions?: readonly Decision<NoInfer<K> | 'rationale' | 'fix'>[];
  check?: Rule<K>['check'];
}

/** Declare a rule with its message keys checked by the type system; its docs URL follows from its id. */
export function defineRule<const K extends string>(definition: RuleDefinition<K>): Rule<K> {
  const { decisions = [], check, ...rule } = definition;
  return {
    ...rule,
    check(strategy, context) {
      const hits = decisions.flatMap((decision) => decide(strategy, decision, context.t));
      return check ? [...hits, ...check(strategy, context)] : hits;
    },
    meta: { docs: { url: ruleDocsUrl(rule.id) } },
  };
}

/** Whether a value is written at all: not missing, not null, not a blank text. */
export function isWritten(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && !value.trim());
}

function decide<K extends string>(strategy: Strategy, decision: Decision<K>, t: Translate<K>): RuleHit[] {
  if (decision.when && !decision.when(strategy)) return [];
  let value: unknown = strategy;
  for (const seg of decision.field) value = value !== null && typeof value === 'object' ? (value as Record<PathSegment, unknown>)[seg] : undefined;
  if ((decision.decided ?? isWritten)(value)) return [];
  return [undecided(strategy, decision.field, t(decision.message, decision.params?.(strategy)))];
}

/**
 * A decision the strategy leaves open: the hit points at the field's key when the field is written
 * (an empty list), else at the key of its nearest written parent (the document itself when none is),
 * where the missing line belongs.
 */
export function undecided(strategy: Strategy, field: readonly PathSegment[], message: string): RuleHit {
  const path: PathSegment[] = [];
  let node: unknown = strategy;
  for (const seg of field) {
    node = node !== null && typeof node === 'object' ? (node as Record<PathSegment, unknown>)[seg] : undefined;
    if (!isWritten(node)) break;
    path.push(seg);
  }
  return { path, anchor: 'key', message };
}
