// `plan report [strategy] --data FILE|DIR ...`: read and check the strategy, read the exports,
// compare each objective with its data, render one format to stdout or --out. Exit 1 when the
// strategy has errors or when --fail-on matches an objective.
import { extname, resolve } from 'node:path';
import { EXIT, InputError, UsageError } from '../../errors.js';
import { translator, pluralKey } from '../../i18n/index.js';
import { coreCatalog } from '../../i18n/core.js';
import { isoDay, joinList } from '../../i18n/intl.js';
import { reportCatalog } from '../../i18n/report.js';
import { DEFAULT_MAX_BYTES } from '../../io/read.js';
import { readStrategyInput, strategyArgument, validateCommand } from '../../io/strategy-input.js';
import { isStdout, resolveTarget, writeFileAtomic } from '../../io/write.js';
import type { CommandIO, GlobalOptions } from '../../io/context.js';
import { isIsoDate } from '../../calendar/dates.js';
import { buildReport } from '../../report/model.js';
import { formatReport, isReportFormat, REPORT_FORMATS, type ReportFormat } from '../../report/format/index.js';
import { FAIL_ON, fails, isFailOn } from '../../report/status.js';
import { createRunContext } from '../../run-context.js';
import { shouldColor } from '../../term/style.js';
import { checkedStrategy } from '../checked-strategy.js';
import { parseNow, parseSize } from '../option-parsers.js';

export interface ReportCommandOptions extends GlobalOptions {
  data?: string[];
  format?: string;
  out?: string;
  force?: boolean;
  since?: string;
  failOn?: string;
  now?: string;
  maxSize?: string;
  config?: string;
}

export async function runReport(path: string | undefined, options: ReportCommandOptions, io: CommandIO): Promise<number> {
  const run = createRunContext({ lang: options.lang, now: parseNow(options.now), env: io.env, cwd: io.cwd, config: options.config });
  const early = translator(reportCatalog, run.lang);

  // Flags first: a typo in a flag should not wait for the files to be read.
  const out = isStdout(options.out) ? undefined : options.out;
  const format = pickFormat(options.format, out);
  if (!isReportFormat(format)) throw new UsageError(early('error.format', { value: format, allowed: joinList([...REPORT_FORMATS], run.lang, 'or') }));
  if (options.failOn !== undefined && !isFailOn(options.failOn)) throw new UsageError(early('error.failOn', { value: options.failOn, allowed: joinList(Object.keys(FAIL_ON), run.lang, 'or') }));
  if (options.since !== undefined && !isIsoDate(options.since)) throw new UsageError(early('error.since', { value: options.since }));
  const data = options.data ?? [];
  if (data.length === 0) throw new UsageError(early('error.noData'));
  const maxBytes = options.maxSize ? parseSize(options.maxSize) : DEFAULT_MAX_BYTES;

  const { input, bytes } = await readStrategyInput(
    await strategyArgument(path, io.cwd, 'report', run.lang, run.t, options.config),
    { cwd: io.cwd, stdin: () => io.stdin, maxBytes, missingDefault: early('error.noStrategy'), lang: run.lang },
    run.t,
  );
  const checked = await checkedStrategy(bytes, input, run, io, options.color, (lang) => translator(reportCatalog, lang)('error.invalid', { file: input.name, validate: validateCommand(input) }));
  if (!checked.ok) return EXIT.findings;
  const { strategy, lang } = checked;
  const t = translator(reportCatalog, lang);
  if ((strategy.objectives ?? []).length === 0) throw new InputError(t('error.noObjectives', { file: input.name }));
  // A destination that cannot be written is said before the exports are read, in the strategy's
  // language (known only now: a French strategy gets its "already exists" in French).
  const core = translator(coreCatalog, lang);
  const readByRun = () => [...(input.kind === 'file' ? [input.path] : []), ...data.map((d) => resolve(io.cwd, d))];
  const write = { overwrite: Boolean(options.force), displayName: out, inputs: readByRun };
  if (out !== undefined) await resolveTarget(resolve(io.cwd, out), write, core);

  // The readers load csv-parse (and exceljs for a workbook) only now that they are needed.
  const { readExports } = await import('../../report/read/index.js');
  const read = await readExports(data, { cwd: io.cwd, lang });
  const today = options.now ?? isoDay(run.now, strategy.organization.time_zone);
  const report = buildReport(strategy, read, { today, ...(options.since !== undefined ? { since: options.since } : {}) });
  const color = format === 'text' && out === undefined && shouldColor({ flag: options.color, isTTY: Boolean(io.stdout.isTTY), env: io.env });
  const text = formatReport(report, format, { lang, color });
  // The report (and a brief's "Where we stand") says what was left out; how to change it is for the command line.
  if (report.future.last !== undefined && !options.quiet) io.stderr.write(`plan: ${t('future.hint')}\n`);

  if (out !== undefined) {
    await writeFileAtomic(resolve(io.cwd, out), text, write, core);
    if (!options.quiet) io.stderr.write(`${core('output.written', { path: out })}\n`);
  } else {
    io.stdout.write(text);
  }

  if (options.failOn === undefined || !isFailOn(options.failOn)) return EXIT.ok;
  const failOn = options.failOn;
  const failing = report.objectives.filter((o) => fails(o.status, failOn));
  if (failing.length === 0) return EXIT.ok;
  const statuses = [...new Set(failing.map((o) => t(`status.${o.status}`)))];
  io.stderr.write(`plan: ${t(pluralKey('fail', failing.length, lang), { count: failing.length, status: joinList(statuses, lang, 'or'), failOn, ids: joinList(failing.map((o) => o.id), lang) })}\n`);
  return EXIT.findings;
}

/** The format asked for, else the one --out's extension names, else the terminal table. */
function pickFormat(asked: string | undefined, out: string | undefined): ReportFormat | string {
  if (asked !== undefined) return asked === 'markdown' ? 'md' : asked;
  const ext = out === undefined ? '' : extname(out).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.json') return 'json';
  if (ext === '.html' || ext === '.htm') return 'html';
  return 'text';
}
