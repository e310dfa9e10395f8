// Charts of the brief, built by hand so the output has no dependency and no network:
// inline SVG for HTML (accessible: <title>, <desc>, text labels next to every bar, so colour is
// never the only carrier of meaning) and Mermaid `pie` for Markdown (GitHub and GitLab draw it).
import { escapeHtml, mermaidLabel } from './escape.js';

export interface ChartItem {
  label: string;
  value: number;
  /** The value as the reader should see it ("40 %", "4"). */
  display: string;
}

export interface ChartText {
  /** Unique in the page: used for the ids aria-labelledby points to. */
  id: string;
  title: string;
  desc: string;
}

/** Colours that stay distinct in grey print and for the common colour-vision deficiencies. */
export const PALETTE = ['#1f5f8b', '#d9822b', '#3a8f5c', '#b0476a', '#6a5cad', '#8a6d3b', '#2b8c8c', '#c0392b'];

const WIDTH = 640;
const LABEL_WIDTH = 210;
const VALUE_WIDTH = 70;
const ROW = 30;
const BAR = 18;
const MAX_LABEL = 30;

function shorten(label: string): string {
  const chars = [...label];
  return chars.length > MAX_LABEL ? chars.slice(0, MAX_LABEL - 1).join('') + '…' : label;
}

/** A horizontal bar chart; empty string when there is nothing to draw. */
export function svgBarChart(items: readonly ChartItem[], text: ChartText, max?: number): string {
  const drawn = items.filter((item) => Number.isFinite(item.value) && item.value >= 0);
  if (drawn.length === 0) return '';
  // reduce, not Math.max(...spread): a hostile file may hold more items than a call takes arguments.
  const top = drawn.reduce((highest, item) => Math.max(highest, item.value), max ?? 0) || 1;
  const barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = drawn.length * ROW + 8;
  const rows = drawn.map((item, index) => {
    const y = 4 + index * ROW;
    const width = Math.max(item.value > 0 ? 2 : 0, Math.round((item.value / top) * barSpace));
    const colour = PALETTE[index % PALETTE.length];
    return (
      `<g><title>${escapeHtml(`${item.label}: ${item.display}`)}</title>` +
      `<text x="${LABEL_WIDTH - 10}" y="${y + BAR - 4}" text-anchor="end">${escapeHtml(shorten(item.label))}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${width}" height="${BAR}" rx="3" fill="${colour}"/>` +
      `<text x="${LABEL_WIDTH + width + 8}" y="${y + BAR - 4}">${escapeHtml(item.display)}</text></g>`
    );
  });
  return svgFrame(WIDTH, height, text, rows.join(''));
}

export interface PairItem {
  label: string;
  planned: number;
  plannedDisplay: string;
  actual: number;
  actualDisplay: string;
}

/**
 * Two bars a row: what is planned (an outlined bar) over what there is (a solid bar), each with its
 * value in words ("Planned 40 %"), so print in grey and colour-blind readers lose nothing.
 */
export function svgPairedBarChart(items: readonly PairItem[], text: ChartText, legend: { planned: string; actual: string }, max?: number): string {
  const drawn = items.filter((item) => Number.isFinite(item.planned) && Number.isFinite(item.actual) && item.planned >= 0 && item.actual >= 0);
  if (drawn.length === 0) return '';
  const top = drawn.reduce((highest, item) => Math.max(highest, item.planned, item.actual), max ?? 0) || 1;
  // Wider value labels than svgBarChart's: they carry the legend word too.
  const barSpace = WIDTH - LABEL_WIDTH - 2 * VALUE_WIDTH;
  const pairRow = 2 * BAR + 4 + ROW - BAR;
  const height = drawn.length * pairRow + 8;
  const bar = (value: number) => Math.max(value > 0 ? 2 : 0, Math.round((value / top) * barSpace));
  const rows = drawn.map((item, index) => {
    const y = 4 + index * pairRow;
    const colour = PALETTE[index % PALETTE.length];
    const planned = bar(item.planned);
    const actual = bar(item.actual);
    const plannedText = `${legend.planned} ${item.plannedDisplay}`;
    const actualText = `${legend.actual} ${item.actualDisplay}`;
    return (
      `<g><title>${escapeHtml(`${item.label}: ${plannedText}, ${actualText}`)}</title>` +
      `<text x="${LABEL_WIDTH - 10}" y="${y + BAR + 2}" text-anchor="end">${escapeHtml(shorten(item.label))}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${planned}" height="${BAR}" rx="3" fill="#fff" stroke="${colour}" stroke-width="2"/>` +
      `<text x="${LABEL_WIDTH + planned + 8}" y="${y + BAR - 4}">${escapeHtml(plannedText)}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + BAR + 4}" width="${actual}" height="${BAR}" rx="3" fill="${colour}"/>` +
      `<text x="${LABEL_WIDTH + actual + 8}" y="${y + 2 * BAR}">${escapeHtml(actualText)}</text></g>`
    );
  });
  return svgFrame(WIDTH, height, text, rows.join(''));
}

/** An accessible inline SVG: its <title> and <desc> named by aria-labelledby, around an already safe body. */
export function svgFrame(width: number, height: number, text: ChartText, body: string): string {
  const id = escapeHtml(text.id);
  return (
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeHtml(text.title)}</title><desc id="${id}-desc">${escapeHtml(text.desc)}</desc>${body}</svg>`
  );
}

function mermaidNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A Mermaid pie chart in a fenced block; empty string when there is nothing to draw. */
export function mermaidPie(items: readonly ChartItem[], title: string): string {
  const drawn = items.filter((item) => Number.isFinite(item.value) && item.value > 0);
  if (drawn.length === 0) return '';
  const lines = ['```mermaid', 'pie showData', `    title ${mermaidLabel(title)}`];
  for (const item of drawn) lines.push(`    "${mermaidLabel(item.label)}" : ${mermaidNumber(item.value)}`);
  lines.push('```');
  return lines.join('\n');
}

/** A text bar for Markdown tables: readable in any renderer, and in the raw file. */
export function textBar(value: number, max: number, width = 12): string {
  if (!Number.isFinite(value) || value <= 0 || max <= 0) return '';
  return '█'.repeat(Math.max(1, Math.round((value / max) * width)));
}
