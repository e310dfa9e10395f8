// Helpers shared by the machine formats: stable paths and a stable order.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { compareFindings, type FileReport, type Finding } from '../diagnostics.js';

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
