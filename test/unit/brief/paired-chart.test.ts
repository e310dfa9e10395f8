// The planned-against-drafted chart: two bars a row, each value named in words, labels escaped.
import { describe, expect, it } from 'vitest';
import { svgPairedBarChart } from '../../../src/brief/charts.js';

const text = { id: 'c', title: 'Pillars', desc: 'Planned and drafted' };
const legend = { planned: 'Planned', actual: 'Drafted' };

describe('svgPairedBarChart', () => {
  it('draws an outlined planned bar and a solid drafted bar per row, scaled to the maximum given', () => {
    const svg = svgPairedBarChart(
      [
        { label: 'Coulisses', planned: 40, plannedDisplay: '40 %', actual: 80, actualDisplay: '80 %' },
        { label: 'Offres', planned: 20, plannedDisplay: '20 %', actual: 0, actualDisplay: '0 %' },
      ],
      text,
      legend,
      100,
    );
    const widths = [...svg.matchAll(/<rect x="\d+" y="\d+" width="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(4);
    // 40 of 100, 80 of 100, 20 of 100, 0: in proportion, and nothing drawn for zero.
    expect(widths[1]! / widths[0]!).toBeCloseTo(2, 1);
    expect(widths[0]! / widths[2]!).toBeCloseTo(2, 1);
    expect(widths[3]).toBe(0);
    expect(svg.match(/fill="#fff" stroke=/g)).toHaveLength(2);
    expect(svg).toContain('>Planned 40 %</text>');
    expect(svg).toContain('>Drafted 0 %</text>');
    expect(svg).toContain('<title>Coulisses: Planned 40 %, Drafted 80 %</title>');
  });

  it('escapes labels, and draws nothing without a row it can draw', () => {
    const svg = svgPairedBarChart([{ label: '<script>&', planned: 1, plannedDisplay: '1', actual: 2, actualDisplay: '2' }], text, legend);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;&amp;');
    expect(svgPairedBarChart([], text, legend)).toBe('');
    expect(svgPairedBarChart([{ label: 'x', planned: Number.NaN, plannedDisplay: '', actual: 1, actualDisplay: '' }], text, legend)).toBe('');
  });
});
