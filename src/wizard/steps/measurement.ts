// Measurement: how often results are reviewed, with which tools, and for whom.
import type { Measurement } from '../../strategy/types.js';
import type { StepContext } from '../types.js';
import { isRecord, str, strs, catalogList } from '../util.js';
import { setOr } from './community.js';
import { wantsSection } from './section.js';

type Review = NonNullable<Measurement['review']>;
const REVIEWS: Review[] = ['weekly', 'monthly', 'quarterly'];

export async function askMeasurement(ctx: StepContext, owner: string | undefined): Promise<Measurement | undefined> {
  if (!(await wantsSection(ctx, 'measurement'))) return undefined;
  const { ask } = ctx;
  const t = ask.t;
  const base = isRecord(ctx.base?.measurement) ? ctx.base.measurement : {};
  const review = await ask.select<Review>({
    key: 'measurement.review',
    message: t('measurement.review'),
    choices: REVIEWS.map((r) => ({ value: r, name: t(`review.${r}`) })),
    default: REVIEWS.find((r) => r === base.review) ?? 'monthly',
  });
  const tools = await ask.list({ key: 'measurement.tools', message: t('measurement.tools'), default: strs(base.tools) ?? catalogList(t('measurement.toolsDefault')), optional: true });
  const reportTo = await ask.text({ key: 'measurement.report_to', message: t('measurement.reportTo'), default: str(base.report_to) ?? owner, optional: true });
  const measurement: Measurement = { ...(base as Measurement), review };
  setOr(measurement, 'tools', tools.length > 0 ? tools : undefined);
  setOr(measurement, 'report_to', reportTo);
  return measurement;
}
