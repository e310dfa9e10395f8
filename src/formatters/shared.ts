// Helpers shared by the machine formats: stable paths and a stable order.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { compareFindings, formatPath, type FileReport, type Finding } from '../diagnostics.js';

export const STDIN = '<stdin>';


/**
 * The file relative to `cwd`, with forward slashes, as CI systems expect (GitHub resolves
 * annotation paths against the repository root, which is the working directory of a job).
 */
export function relativePath(file: string, cwd: string): string {
  if (file === STDIN) return file;
  const absolute = isAbsolute(file) ? file : resolve(cwd, file);
  const rel = relative(cwd, absolute) || file;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** Findings of one report in file order (the check already sorts them; formats must not depend on it). */
export function ordered(report: FileReport): Finding[] {
  return [...report.findings].sort(compareFindings);
}

/**
 * Stable across runs and line moves: the file, the rule and the place in the data. Several
 * findings of one rule at one place (three missing keys at the root) get `:2`, `:3`... in file order.
 */
export function fingerprint(file: string, f: Finding, occurrence = 1): string {
  const base = `${file}:${f.ruleId}:${formatPath(f.path) || '$'}`;
  return occurrence > 1 ? `${base}:${occurrence}` : base;
}

/**
 * Every finding of every report in file order, with its file relative to `cwd` and its stable
 * fingerprint (what SARIF and GitLab Code Quality both key findings on across runs).
 */
export function* fingerprinted(reports: readonly FileReport[], cwd: string): Generator<{ file: string; finding: Finding; fingerprint: string }> {
  for (const report of reports) {
    const file = relativePath(report.file, cwd);
    const seen = new Map<string, number>();
    for (const finding of ordered(report)) {
      const base = fingerprint(file, finding);
      const occurrence = (seen.get(base) ?? 0) + 1;
      seen.set(base, occurrence);
      yield { file, finding, fingerprint: fingerprint(file, finding, occurrence) };
    }
  }
}
