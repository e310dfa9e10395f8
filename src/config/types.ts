// The shape of a rule configuration, shared by the loader (index.ts) and the parser (parse.ts).
import type { Severity } from '../diagnostics.js';

export type Level = Severity | 'off';

export interface RuleConfig {
  /** Absolute path of the config file. */
  file: string;
  rules: Map<string, Level>;
  /** `matches` is built from `files` when the config is read (parse.ts), so picomatch loads only with a config. */
  overrides: { files: string[]; rules: Map<string, Level>; matches: (relativePath: string) => boolean }[];
  /** The project's strategy files (paths, folders or globs relative to the config's folder), if named. */
  files?: string[];
  /** How the posts' mix is checked (posts/pillar-mix, posts/cadence): `mix:`. */
  mix?: { weeks?: number; from?: string; tolerance?: number; cadenceTolerance?: number };
  /** The strategy the posts under this config belong to (relative to the config's folder), if named. */
  strategy?: string;
}
