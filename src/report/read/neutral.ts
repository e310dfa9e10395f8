// The neutral long CSV: one figure per row, `date,platform,metric,value[,post][,name][,pillar]`,
// that a person can write by hand or a script can produce for any platform and any metric
// (custom ones with their name). Read strictly: every column known, dates YYYY-MM-DD, metrics from
// the vocabulary. writeNeutral writes what readNeutralRows reads back unchanged (a property test).
import { METRICS, type Metric, type Observation } from '../types.js';
import { isoDay, daysInMonth, fold } from './dates.js';
import { parseFigure } from './numbers.js';
import { isBlank, type Cell, type Row, type RowCursor } from './rows.js';
import type { HeaderKeys } from './spec.js';
import { ReadError, where, type SheetContext, type SheetResult } from './context.js';

const COLUMNS = ['date', 'platform', 'metric', 'value', 'post', 'name', 'pillar'] as const;
type Column = (typeof COLUMNS)[number];
const REQUIRED: readonly Column[] = ['date', 'platform', 'metric', 'value'];

/** Header names, folded; French ones too, for a file written by hand. */
const NAMES: Record<string, Column> = {
  date: 'date',
  platform: 'platform',
  plateforme: 'platform',
  metric: 'metric',
  metrique: 'metric',
  value: 'value',
  valeur: 'value',
  post: 'post',
  publication: 'post',
  name: 'name',
  nom: 'name',
  pillar: 'pillar',
  pilier: 'pillar',
};

const PLATFORM_ID = /^[a-z0-9][a-z0-9-]*$/;

export function isNeutralHeader(keys: HeaderKeys): boolean {
  const found = new Set<Column>();
  for (const key of keys.keys()) if (NAMES[key]) found.add(NAMES[key]);
  // date, platform and metric say it is a neutral file; a missing value column is then an error, not "unknown export".
  return found.has('date') && found.has('platform') && found.has('metric');
}

function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoDay(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  return String(cell);
}

function strictDay(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return text;
}

export async function readNeutralRows(cursor: RowCursor, header: Row, sheet: string | undefined, context: SheetContext): Promise<SheetResult> {
  const at = (line: number) => where(context, sheet, line);
  const index = new Map<Column, number>();
  header.cells.forEach((cell, position) => {
    const name = cellText(cell);
    if (name.trim() === '') return;
    const column = NAMES[fold(name)];
    if (!column || index.has(column)) throw new ReadError(context.t('neutral.unknownColumn', { where: at(header.line), column: name }));
    index.set(column, position);
  });
  for (const column of REQUIRED) if (!index.has(column)) throw new ReadError(context.t('neutral.missingColumn', { where: at(header.line), column }));
  const get = (row: Row, column: Column) => {
    const position = index.get(column);
    return position === undefined ? '' : cellText(row.cells[position]);
  };
  const observations: Observation[] = [];
  let rows = 0;
  await cursor.forEach((row) => {
    if (isBlank(row.cells)) return;
    if (++rows > context.maxRows) throw new ReadError(context.t('exports.tooManyRows', { where: at(row.line), limit: context.maxRows }));
    const dateText = get(row, 'date').trim();
    const date = strictDay(dateText);
    if (!date) throw new ReadError(context.t('neutral.date', { where: at(row.line), value: dateText }));
    const platform = get(row, 'platform').trim();
    if (!PLATFORM_ID.test(platform)) throw new ReadError(context.t('neutral.platform', { where: at(row.line), value: platform }));
    const metricText = get(row, 'metric').trim();
    if (!(METRICS as readonly string[]).includes(metricText)) {
      throw new ReadError(context.t('neutral.metric', { where: at(row.line), value: metricText, allowed: METRICS.join(', ') }));
    }
    const metric = metricText as Metric;
    const name = get(row, 'name');
    if (metric === 'custom' && name.trim() === '') throw new ReadError(context.t('neutral.customName', { where: at(row.line) }));
    if (metric !== 'custom' && name !== '') throw new ReadError(context.t('neutral.nameWithoutCustom', { where: at(row.line), metric }));
    const valueText = get(row, 'value').trim();
    // A point is always the decimal mark here (the writer's form); "1,234" and "1.2K" written by hand are read too.
    const figure = parseFigure(valueText, 'rate', 'en');
    if ('empty' in figure) throw new ReadError(context.t('neutral.noValue', { where: at(row.line) }));
    if ('problem' in figure) throw new ReadError(context.t('neutral.value', { where: at(row.line), value: valueText }));
    const observation: Observation = { date, platform, metric, value: figure.value, source: sheet === undefined ? { file: context.file, line: row.line } : { file: context.file, line: row.line, sheet } };
    if (metric === 'custom') observation.name = name;
    const post = get(row, 'post');
    if (post !== '') observation.post = post;
    const pillar = get(row, 'pillar');
    if (pillar !== '') observation.pillar = pillar;
    observations.push(observation);
  });
  return { kind: 'neutral', rows, observations };
}

function field(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The neutral CSV of `observations`, in their order; the optional columns only when some observation has them. */
export function writeNeutral(observations: readonly Observation[]): string {
  const optional = (['post', 'name', 'pillar'] as const).filter((column) => observations.some((observation) => observation[column] !== undefined));
  const lines = [['date', 'platform', 'metric', 'value', ...optional].join(',')];
  for (const observation of observations) {
    // String(-0) is "0": the same figure.
    const cells = [observation.date, observation.platform, observation.metric, String(observation.value)];
    for (const column of optional) cells.push(observation[column] ?? '');
    lines.push(cells.map(field).join(','));
  }
  return lines.join('\n') + '\n';
}
