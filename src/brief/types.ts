// The shape of the data a brief template receives (`it` in Eta), apart from the builders
// (model.ts and sections/*.ts) so that both import it from here.
import type { Finding, Severity } from '../diagnostics.js';
import type { BriefKey } from '../i18n/brief.js';
import type { Lang, Params } from '../i18n/index.js';
import type { Strategy } from '../strategy/types.js';
import type { LocaleFormat } from '../i18n/intl.js';
import type { Report } from '../report/model.js';
import type { MixWindow } from '../posts/mix.js';
import type { Post } from '../posts/types.js';

export interface Field {
  label: string;
  value: string;
}

export interface Point {
  severity: Severity;
  severityLabel: string;
  message: string;
  /** The message cut at its `code` spans, so HTML can show them as code: [{ text, code }]. */
  parts: { text: string; code: boolean }[];
  /** The message as a safe Markdown fragment (escaped text, `code` spans kept): output it raw. */
  markdown: string;
  /** "line 12" / "ligne 12". */
  where: string;
  ruleId: string;
}

export interface BriefSection {
  id: SectionId;
  title: string;
}

export type SectionId =
  | 'objectives'
  | 'standing'
  | 'platforms'
  | 'audiences'
  | 'editorial'
  | 'community'
  | 'crisis'
  | 'policy'
  | 'measurement'
  | 'rhythm'
  | 'calendar'
  | 'drafted';

export interface BriefData {
  lang: Lang;
  /** BCP 47 locale used for dates and numbers: fr-CA or en-CA. */
  locale: string;
  format: 'md' | 'html';
  /** Include it (raw: `<%~ it.marker %>`) so a later run recognizes the file as its own. */
  marker: string;
  /** Any label of the brief catalog (src/i18n/brief.ts), in the brief's language. */
  t: (key: BriefKey, params?: Params) => string;
  /** Locale formatters: number, date, time, duration, weekday, list, percent. */
  fmt: LocaleFormat;
  /** What goes between a label and its value: ":" in English, " :" (narrow no-break space) in French. */
  colon: string;
  /** "Café Boréal — Stratégie médias sociaux". */
  title: string;
  name: string;
  subtitle: string;
  /** "Generated on November 26, 2026 from cafe-boreal.strategy.yaml." */
  generated: string;
  /** Errors, present only when rendered with --force. */
  errors: Point[];
  /** Warnings and suggestions from validation: what is not decided yet. */
  openPoints: Point[];
  summary: {
    who: string[];
    goals: string[];
    platforms: { name: string; role: string; rationale: string }[];
    audiences: string[];
    angle: string;
    figures: Field[];
  };
  objectives: { statement: string; type: string; kpi: string; fromTo: string; deadline: string; platforms: string }[];
  platforms: { name: string; handle: string; role: string; rationale: string; fields: Field[] }[];
  audiences: { name: string; description: string; fields: Field[] }[];
  editorial: { positioning: string; fields: Field[]; do: string[]; dont: string[]; sensitive: string[] } | undefined;
  pillars: { name: string; share: number; shareText: string; purpose: string; description: string; examples: string[] }[];
  community: { fields: Field[]; houseRules: string[] } | undefined;
  crisis: { fields: Field[]; tiers: { level: string; trigger: string; holding: string; within: string; approver: string }[] } | undefined;
  policy: { fields: Field[]; rules: string[] } | undefined;
  measurement: { fields: Field[] } | undefined;
  rhythm: { rows: { platform: string; perWeek: number; perWeekText: string; days: string; time: string; bar: string }[]; total: string } | undefined;
  calendar:
    | {
        weeks: number;
        intro: string;
        /** From formatCalendarMarkdown (already escaped, headings at level 3): output raw. */
        markdown: string;
        slots: { date: string; time: string; platform: string; format: string; pillar: string; idea: string; copy: string }[];
        /** Posts and key dates by day: a key date comes first on its day, as a row of its own. */
        rows: ({ kind: 'post'; date: string; time: string; platform: string; format: string; pillar: string; idea: string; keyDate: boolean; copy: string } | { kind: 'key'; date: string; name: string; note: string })[];
        /** True when at least one slot has a draft text (the "Post" column is shown only then). */
        hasCopy: boolean;
      }
    | undefined;
  /** `plan brief --data`: the objectives against the data, as already safe fragments (output them raw, `<%~ %>`); the CSS goes in the page's <style>. */
  standing: { markdown: string; html: string; css: string } | undefined;
  /** Planned against drafted, when the brief reads a posts folder. `svg` is an already safe fragment (output it raw). */
  drafted:
    | {
        intro: string;
        pillars: { name: string; planned: number; plannedText: string; drafted: number; draftedText: string; count: string; plannedBar: string; draftedBar: string }[];
        platforms: { name: string; plannedText: string; draftedText: string }[];
        svg: string;
      }
    | undefined;
  /** Pre-built, already safe fragments: output them raw (`<%~ %>`). Empty strings when there is no data. */
  charts: { pillarsSvg: string; rhythmSvg: string; pillarsMermaid: string; rhythmMermaid: string };
  /** The sections present, in reading order (for a table of contents). */
  sections: BriefSection[];
}

export interface ModelInput {
  strategy: Strategy;
  findings: readonly Finding[];
  lang: Lang;
  format: 'md' | 'html';
  now: Date;
  /** The strategy's file name, shown in the "generated" line (its base name only). */
  file?: string;
  /** `plan brief --data`: the report of the objectives against the data. */
  standing?: Report;
  /** The posts the brief compares to the plan (`--posts`, else a posts folder beside the strategy). */
  drafted?: DraftedInput;
}

export interface DraftedInput {
  posts: readonly Post[];
  /** The window of the mix (undefined: no post dated from `from`). */
  window: MixWindow | undefined;
  /** The window `mix:` plans, for when no post fills it. */
  planned: MixWindow;
}
