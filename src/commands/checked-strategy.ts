// The strategy a command works from, checked as plan validate checks it (with the rule
// configuration of .planrc.yaml): on errors, they are printed on stderr with the command's own
// closing line, and the command stops with exit 1. Shared by plan calendar and plan report.
import type { Lang } from '../i18n/index.js';
import type { CommandIO } from '../io/context.js';
import type { Input } from '../io/inputs.js';
import { formatStylish } from '../formatters/stylish.js';
import { checkOptionsFor, type RunContext } from '../run-context.js';
import type { Strategy } from '../strategy/types.js';
import { shouldColor } from '../term/style.js';
import { checkBytes } from '../validate/check.js';
import { VERSION } from '../version.js';

export type Checked = { ok: true; strategy: Strategy; lang: Lang } | { ok: false; lang: Lang };

/** `invalid`: the closing line, in the strategy's language, after the errors. */
export async function checkedStrategy(bytes: Uint8Array, input: Input, run: RunContext, io: CommandIO, color: boolean | undefined, invalid: (lang: Lang) => string): Promise<Checked> {
  const result = checkBytes(bytes, input.name, await checkOptionsFor(run, input.kind === 'file' ? input.path : undefined));
  const lang = result.lang;
  const errors = result.findings.filter((f) => f.severity === 'error');
  if (result.schemaValid && errors.length === 0 && result.parsed?.data !== undefined) return { ok: true, strategy: result.parsed.data as Strategy, lang };
  const paint = shouldColor({ flag: color, isTTY: Boolean(io.stderr.isTTY), env: io.env });
  io.stderr.write(formatStylish([{ file: result.file, findings: errors.length > 0 ? errors : result.findings }], { color: paint, cwd: io.cwd, lang, version: VERSION, failSeverity: 'error' }));
  io.stderr.write(`plan: ${invalid(lang)}\n`);
  return { ok: false, lang };
}
