// STAND-IN until h20a's readers land (branch h20a owns src/report/read/): the neutral long CSV
// only (date,platform,metric,value[,post][,pillar]), plain comma-separated without quoted fields.
// Merging h20a replaces this file with the real readExports.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from '../../errors.js';
import type { Lang } from '../../i18n/index.js';
import { METRICS, type Metric, type Observation, type ReadResult } from '../types.js';

export interface ReadContext {
  cwd: string;
  lang: Lang;
}

export async function readExports(paths: readonly string[], ctx: ReadContext): Promise<ReadResult> {
  const files: string[] = [];
  for (const path of paths) {
    const full = resolve(ctx.cwd, path);
    const info = await stat(full).catch(() => undefined);
    if (!info) throw new InputError(`${path}: no such file or folder.`);
    if (info.isDirectory()) for (const name of (await readdir(full)).filter((n) => n.endsWith('.csv')).sort()) files.push(join(path, name));
    else files.push(path);
  }
  const result: ReadResult = { observations: [], files: [], duplicates: 0 };
  const seen = new Set<string>();
  for (const file of files) {
    const lines = (await readFile(resolve(ctx.cwd, file), 'utf8')).replace(/^\uFEFF/, '').split(/\r?\n/);
    const header = lines[0]!.split(',').map((h) => h.trim().toLowerCase());
    const at = (name: string) => header.indexOf(name);
    if (at('date') < 0 || at('platform') < 0 || at('metric') < 0 || at('value') < 0) throw new InputError(`${file}:1: not a neutral CSV (date,platform,metric,value).`);
    let rows = 0;
    lines.slice(1).forEach((text, index) => {
      if (text.trim() === '') return;
      const cells = text.split(',');
      const cell = (name: string) => (at(name) >= 0 ? cells[at(name)]?.trim() || undefined : undefined);
      const value = Number(cell('value'));
      const date = cell('date') ?? '';
      if (!/^\d{4}-\d\d-\d\d$/.test(date) || !Number.isFinite(value)) throw new InputError(`${file}:${index + 2}: a date YYYY-MM-DD and a number are needed.`);
      const metricText = cell('metric') ?? '';
      const known = (METRICS as readonly string[]).includes(metricText);
      const observation: Observation = {
        date,
        platform: cell('platform') ?? '',
        metric: (known ? metricText : 'custom') as Metric,
        ...(known ? {} : { name: metricText }),
        value,
        ...(cell('post') !== undefined ? { post: cell('post')! } : {}),
        ...(cell('pillar') !== undefined ? { pillar: cell('pillar')! } : {}),
        source: { file, line: index + 2 },
      };
      const key = [observation.date, observation.platform, metricText, observation.post ?? ''].join('\u0000');
      if (seen.has(key)) {
        result.duplicates++;
        return;
      }
      seen.add(key);
      rows++;
      result.observations.push(observation);
    });
    result.files.push({ file, kind: 'neutral', rows });
  }
  return result;
}
