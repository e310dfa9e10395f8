// The run context: what every step of one command's run shares, made once by the command and passed
// down (the language, its messages, the clock, the rule configuration), so no step resolves them again.
import { configResolver, levelFor, type RuleConfig } from './config/index.js';
import type { CoreKey } from './i18n/core.js';
import type { Env, Lang, Translate } from './i18n/index.js';
import { configurableRuleIds } from './rules/ids.js';
import { checkLanguage, checkMessages } from './validate/messages.js';
import type { CheckOptions } from './validate/types.js';

export interface RunContext {
  /** The run's language before any strategy is read: `--lang`, then the environment. */
  lang: Lang;
  /** Core messages in that language. */
  t: Translate<CoreKey>;
  /** One date for the whole run, so that every file compares deadlines to the same day. */
  now: Date;
  /** The rule configuration of a file (absolute path; undefined for stdin): `--config FILE`, else the nearest `.planrc.yaml` above it. */
  config: (file: string | undefined) => Promise<RuleConfig | undefined>;
  /** `--lang` as given: it wins over a strategy's own language. */
  langFlag?: string;
  env: Env;
}

export interface RunSettings {
  /** `--lang`. */
  lang?: string;
  /** `--now`, else the system clock. */
  now?: Date;
  env: Env;
  cwd: string;
  /** `--config FILE`. */
  config?: string;
}

export function createRunContext(settings: RunSettings): RunContext {
  const lang = checkLanguage({ lang: settings.lang, env: settings.env });
  const messages = checkMessages(lang);
  return {
    lang,
    t: messages.core,
    now: settings.now ?? new Date(),
    // A bad config is an input error (exit 2), raised when the first file that it applies to is checked.
    config: configResolver(settings.cwd, settings.config, configurableRuleIds, messages.rules, messages.core, lang),
    ...(settings.lang !== undefined ? { langFlag: settings.lang } : {}),
    env: settings.env,
  };
}

/** How to check one file of the run: its language rule, the run's clock and the severities its config sets. */
export async function checkOptionsFor(run: RunContext, file: string | undefined): Promise<CheckOptions> {
  const config = await run.config(file);
  const options: CheckOptions = { lang: run.langFlag, now: run.now, env: run.env };
  if (config) options.severityOverride = (ruleId) => levelFor(config, ruleId, file);
  return options;
}
