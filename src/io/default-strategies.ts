// Which strategy files a command reads when the command line names none, the same answer for
// every command: the `files:` of the nearest .planrc.yaml, else `strategy.yaml` (what `plan init`
// writes) and `*.strategy.yaml` in the working folder (what the CI recipes glob).
import { dirname, relative, resolve } from 'node:path';
import { findConfig, loadConfig } from '../config/index.js';
import { InputError } from '../errors.js';
import { translator, type Lang, type Translate } from '../i18n/index.js';
import type { CoreKey } from '../i18n/core.js';
import { rulesCatalog } from '../i18n/rules.js';
import { configurableRuleIds } from '../rules/ids.js';
import { expandInputs } from './inputs.js';
import { strategyNamesIn } from '../posts/files.js';

export const DEFAULT_STRATEGY = 'strategy.yaml';


/**
 * The default strategies, as paths relative to `cwd` (or absolute outside it), in a stable order.
 * `config` is `--config FILE`: its `files:` instead of the nearest .planrc.yaml's.
 */
export async function defaultStrategies(cwd: string, lang: Lang, t: Translate<CoreKey>, config?: string): Promise<string[]> {
  const configPath = config !== undefined ? resolve(cwd, config) : await findConfig(cwd);
  if (configPath) {
    const shown = relative(cwd, configPath) || configPath;
    const { files } = await loadConfig(configPath, shown, configurableRuleIds, translator(rulesCatalog, lang));
    if (files) {
      try {
        const inputs = await expandInputs(files, dirname(configPath), t);
        return inputs.flatMap((input) => (input.kind === 'file' ? [relative(cwd, input.path) || input.path] : []));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        throw new InputError(t('input.configFiles', { config: shown, detail: error.message }));
      }
    }
  }
  const names = strategyNamesIn(cwd);
  // strategy.yaml first (the file `plan init` writes), then the others by name.
  return names.sort((a, b) => Number(b === DEFAULT_STRATEGY) - Number(a === DEFAULT_STRATEGY) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The one strategy `plan brief` / `plan calendar` read when given none: `strategy.yaml` when it is
 * among the defaults, else the only one; undefined when there is none (the command says how to
 * make one), an input error naming them when there are several to choose from.
 */
export async function defaultStrategy(cwd: string, command: string, lang: Lang, t: Translate<CoreKey>, config?: string): Promise<string | undefined> {
  const names = await defaultStrategies(cwd, lang, t, config);
  if (names.includes(DEFAULT_STRATEGY)) return DEFAULT_STRATEGY;
  if (names.length > 1) throw new InputError(t('input.severalStrategies', { command, files: names.join(', '), first: names[0]! }));
  return names[0];
}
