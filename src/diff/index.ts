// `plan diff`, the pure core: two versions of a strategy (parsed, with their findings) in, what
// changed in the strategy's words and what the change does to the findings out. The command
// (src/commands/diff/) reads the files and git; the formats (./format/) write the result.
import type { Finding } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';
import type { ParsedStrategy } from '../strategy/load.js';
import { sameValue } from './compare.js';
import { describeChanges, type DescribedChange } from './describe.js';
import { findingsDelta, type FindingsDelta } from './findings.js';

export type { DescribedChange, SectionId } from './describe.js';
export { SECTIONS } from './describe.js';
export type { FindingsDelta } from './findings.js';

/** One version of a file: its parse (undefined when it did not exist) and its findings. */
export interface DiffSide {
  parsed?: ParsedStrategy;
  findings: Finding[];
}

export type FileStatus = 'changed' | 'added' | 'deleted' | 'unreadable' | 'same' | 'layout';

export interface FileDiff {
  /** The file as the user named it. */
  file: string;
  status: FileStatus;
  changes: DescribedChange[];
  /** Order changes left out by --ignore-order. */
  hiddenOrder: number;
  findings: FindingsDelta;
}

export interface DiffOptions {
  lang: Lang;
  ignoreOrder?: boolean;
}

export function diffFile(file: string, before: DiffSide | undefined, after: DiffSide | undefined, options: DiffOptions): FileDiff {
  const findings = findingsDelta(before?.findings ?? [], after?.findings ?? []);
  const unreadable = (side: DiffSide | undefined) => side !== undefined && side.parsed?.data === undefined;
  if (unreadable(before) || unreadable(after)) return { file, status: 'unreadable', changes: [], hiddenOrder: 0, findings };
  // A file added or deleted as a whole is one line: every section of it would say "added".
  if (!before) return { file, status: 'added', changes: [], hiddenOrder: 0, findings };
  if (!after) return { file, status: 'deleted', changes: [], hiddenOrder: 0, findings };
  const { changes, hiddenOrder } = describeChanges(before.parsed, after.parsed, options);
  let status: FileStatus = 'changed';
  if (changes.length === 0 && hiddenOrder === 0) status = sameValue(before.parsed?.data, after.parsed?.data) && before.parsed?.text !== after.parsed?.text ? 'layout' : 'same';
  return { file, status, changes, hiddenOrder, findings };
}
