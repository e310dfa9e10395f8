// The language of a check and the messages it speaks in: translators are made once per language for
// the whole run (core, rules, and each rule's own catalog), not again per file, per rule or per step.
import { resolveLang, translator, type Env, type Lang, type Translate } from '../i18n/index.js';
import { coreCatalog, type CoreKey } from '../i18n/core.js';
import { rulesCatalog, type RulesKey } from '../i18n/rules.js';
import type { Rule } from '../rules/types.js';

/** `organization.language` of data that may not be a strategy at all. */
export function strategyLanguage(data: unknown): unknown {
  if (data && typeof data === 'object') {
    const org = (data as { organization?: unknown }).organization;
    if (org && typeof org === 'object') return (org as { language?: unknown }).language;
  }
  return undefined;
}

/** The `language: fr` line of a text, read without parsing it (the file may not parse). */
export function declaredLanguage(text: string): Lang | undefined {
  const found = /^[ ]{1,8}language:[ \t]*["']?(en|fr)["']?[ \t]*(?:#.*)?\r?$/m.exec(text);
  return found ? (found[1] as Lang) : undefined;
}

/**
 * The language of a check: `--lang`, then the strategy's language (when data is given), then the
 * `language:` line of its text (when given: a file that does not parse), then the environment.
 */
export function checkLanguage(options: { lang?: string; env?: Env }, data?: unknown, text?: string): Lang {
  return resolveLang(options.lang, strategyLanguage(data) ?? (text === undefined ? undefined : declaredLanguage(text)), options.env);
}

export interface CheckMessages {
  lang: Lang;
  core: Translate<CoreKey>;
  rules: Translate<RulesKey>;
  /** A rule's own messages (a strategy rule's or a post rule's). */
  rule(rule: Pick<Rule, 'messages'>): Translate<string>;
}

const byLang = new Map<Lang, CheckMessages>();

export function checkMessages(lang: Lang): CheckMessages {
  let messages = byLang.get(lang);
  if (!messages) {
    const perRule = new WeakMap<object, Translate<string>>();
    messages = {
      lang,
      core: translator(coreCatalog, lang),
      rules: translator(rulesCatalog, lang),
      rule(rule) {
        let t = perRule.get(rule);
        if (!t) perRule.set(rule, (t = translator(rule.messages as Rule['messages'], lang)));
        return t;
      },
    };
    byLang.set(lang, messages);
  }
  return messages;
}
