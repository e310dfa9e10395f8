// From a checked strategy to the brief, pure (pipeline.ts checks the bytes first).
import type { Finding } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';
import type { Strategy } from '../strategy/types.js';
import type { CheckResult, SeverityOverride } from '../validate/types.js';
import { isoDay } from '../i18n/intl.js';
import { buildReport } from '../report/model.js';
import type { ReadResult } from '../report/types.js';
import { configuredMixWindow, plannedMixWindow } from '../posts/mix.js';
import type { Post } from '../posts/types.js';
import { renderBrief } from './index.js';
import type { DraftedInput } from './types.js';

export interface BriefRequest {
  format: 'md' | 'html';
  now: Date;
  /** `--lang`; otherwise the strategy's language, then the environment. */
  lang?: string;
  /** Render despite errors (they are listed at the top of the brief). */
  force?: boolean;
  /** A user template's source (--template). */
  template?: string;
  env?: NodeJS.ProcessEnv;
  /** The severities a rule configuration (.planrc.yaml) sets, as in plan validate. */
  severityOverride?: SeverityOverride;
  /** `--data`: what the export readers read, for the "Where we stand" section. */
  data?: ReadResult;
  /** The posts for the "Planned against drafted" section, with the `mix:` of .planrc.yaml. */
  posts?: { posts: readonly Post[]; mix: { weeks?: number; from?: string }; /** Found beside the strategy, not named: no section when none is in the window. */ implicit?: boolean };
}

export type BriefOutcome =
  /** Rendered; `errors` is non-empty only when forced. */
  | { status: 'ok'; text: string; check: CheckResult; errors: Finding[]; lang: Lang }
  /** The strategy has errors and --force was not given. */
  | { status: 'invalid'; check: CheckResult; errors: Finding[]; lang: Lang }
  /** Nothing to render: not YAML, or not a map of sections. */
  | { status: 'unusable'; check: CheckResult; errors: Finding[]; lang: Lang }
  /** The user's template (--template) threw; `detail` is the first line of its error. */
  | { status: 'template-error'; check: CheckResult; errors: Finding[]; lang: Lang; detail: string };

/** Render the brief of a strategy already checked; `data` is its parsed content. */
export function briefFromCheck(check: CheckResult, data: unknown, file: string, request: BriefRequest): BriefOutcome {
  const errors = check.findings.filter((f) => f.severity === 'error');
  const lang = check.lang;
  if (errors.length > 0 && !request.force) return { status: 'invalid', check, errors, lang };
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { status: 'unusable', check, errors, lang };
  const strategy = data as Strategy;
  // A strategy with errors (rendered with --force) may not hold what the report reads: no section then.
  const standing = request.data && errors.length === 0 ? buildReport(strategy, request.data, { today: isoDay(request.now, strategy.organization.time_zone) }) : undefined;
  const drafted = request.posts && errors.length === 0 ? draftedInput(strategy, request.posts, request.now) : undefined;
  const input = { strategy, findings: check.findings, lang, format: request.format, now: request.now, file, ...(standing ? { standing } : {}), ...(drafted ? { drafted } : {}) };
  if (request.template === undefined) return { status: 'ok', text: renderBrief(input), check, errors, lang };
  try {
    return { status: 'ok', text: renderBrief({ ...input, template: request.template }), check, errors, lang };
  } catch (error) {
    // A user template is code we did not write: its failure is an input problem, not our crash.
    const message = error instanceof Error ? error.message : String(error);
    const detail = message.split('\n').find((line) => line.trim())?.trim() ?? message;
    return { status: 'template-error', check, errors, lang, detail };
  }
}

/** The posts' window as the mix rules read it, from today in the strategy's time zone. */
function draftedInput(strategy: Strategy, posts: NonNullable<BriefRequest['posts']>, now: Date): DraftedInput | undefined {
  const today = isoDay(now, strategy.organization.time_zone);
  const window = configuredMixWindow(posts.posts, posts.mix, today);
  if (!window && posts.implicit) return undefined;
  return { posts: posts.posts, window, planned: plannedMixWindow(posts.mix, today) };
}
