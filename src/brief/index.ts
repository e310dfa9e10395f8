// CONTRACT used by `plan init` and `plan brief`: keep this signature stable.
import type { Finding } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';
import type { Strategy } from '../strategy/types.js';

export interface BriefInput {
  strategy: Strategy;
  /** Findings from validation; warnings become the "open points" box. */
  findings: readonly Finding[];
  lang: Lang;
  format: 'md' | 'html';
  now: Date;
  /** A user template's source text (--template), instead of the built-in one. */
  template?: string;
}

/** Placeholder until the brief renderer lands. */
export function renderBrief(input: BriefInput): string {
  return `# ${input.strategy.organization.name}\n`;
}
