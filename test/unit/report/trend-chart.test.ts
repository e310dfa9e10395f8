// The trend chart keeps the target's label inside the picture, however long it is.
import { describe, expect, it } from 'vitest';
import { trendChart } from '../../../src/report/format/charts.js';
import type { ObjectiveProgress } from '../../../src/report/progress.js';

const progress = { id: 'o', statement: 'S', status: 'on-track', start: 0, target: 60, from: '2026-11-07', deadline: '2027-04-30', observations: 2, series: [{ date: '2026-11-07', value: 0 }, { date: '2027-01-10', value: 30 }] } as unknown as ObjectiveProgress;
const text = { id: 't', title: 'Trend', desc: 'Trend' };

/** Where the target label starts, and the width of the picture. */
function labelRoom(label: string): { x: number; width: number } {
  const svg = trendChart(progress, { target: label, from: 'from', deadline: 'to' }, text);
  const x = Number(new RegExp(`<text x="([\\d.]+)"[^>]*>${label}</text>`).exec(svg)![1]);
  return { x, width: Number(/viewBox="0 0 (\d+)/.exec(svg)![1]) };
}

describe('trendChart', () => {
  it.each(['60', '60 réponses par mois', '1 200 abonnés Instagram du café'])('leaves room for a target label of %j (about 8 px a character)', (label) => {
    const { x, width } = labelRoom(label);
    expect(width - x).toBeGreaterThanOrEqual([...label].length * 7.8);
  });
  it('still draws the line over most of the width for a very long label', () => {
    const { x, width } = labelRoom('x'.repeat(200));
    expect(x).toBeGreaterThan(width / 2);
  });
});
