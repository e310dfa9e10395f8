// The report's charts as inline SVG (no script, no network, prints as drawn): a progress bar per
// objective (way done, with a mark at the time gone) and a trend line with the target line and
// the straight path to it. Every chart has a <title> and a <desc>, and text beside what it shows.
import { daysBetween } from '../../calendar/dates.js';
import { escapeHtml } from '../../brief/escape.js';
import { PALETTE, svgFrame as svg, type ChartText as SvgText } from '../../brief/charts.js';
import type { ObjectiveProgress } from '../progress.js';

const INK = '#1b1f24';
const MUTED = '#59636e';
const LINE = '#d5dae0';

const round = (v: number) => Math.round(v * 10) / 10;

/** A bar of the way done (0 to 100 %, clamped) with a tick at the share of time gone. */
export function progressBar(done: number, elapsed: number, label: string, text: SvgText): string {
  const width = 240;
  const bar = 200;
  const fill = Math.max(0, Math.min(1, done)) * bar;
  const tick = Math.max(0, Math.min(1, elapsed)) * bar;
  return svg(
    width,
    22,
    text,
    `<rect x="0" y="4" width="${bar}" height="14" rx="3" fill="${LINE}"/>` +
      `<rect x="0" y="4" width="${round(fill)}" height="14" rx="3" fill="${PALETTE[0]}"/>` +
      `<line x1="${round(tick)}" y1="0" x2="${round(tick)}" y2="22" stroke="${INK}" stroke-width="2"/>` +
      `<text x="${bar + 6}" y="16" fill="${INK}">${escapeHtml(label)}</text>`,
  );
}

/** The level from the baseline date to the as-of date, against the target line and the straight path from the start to the target. */
export function trendChart(p: ObjectiveProgress, labels: { target: string; from: string; deadline: string }, text: SvgText): string {
  if (p.from === undefined || p.deadline === undefined || p.start === undefined || p.target === undefined || p.series.length === 0) return '';
  const width = 640;
  const height = 170;
  const left = 10;
  // Room at the right for the target's label ("60 réponses par mois"): about 8 px a character at its 13 px type (DejaVu Sans runs wide).
  const right = Math.min(280, Math.max(80, Math.ceil([...labels.target].length * 7.8) + 14));
  const top = 12;
  const bottom = 30;
  const span = Math.max(1, daysBetween(p.from, p.deadline));
  let low = Math.min(p.start, p.target);
  let high = Math.max(p.start, p.target);
  for (const point of p.series) {
    if (point.value < low) low = point.value;
    if (point.value > high) high = point.value;
  }
  if (high === low) high = low + 1;
  const x = (date: string) => round(left + (Math.max(0, Math.min(span, daysBetween(p.from!, date))) / span) * (width - left - right));
  const y = (value: number) => round(top + (1 - (value - low) / (high - low)) * (height - top - bottom));
  const points = p.series.map((point) => `${x(point.date)},${y(point.value)}`).join(' ');
  const end = width - right;
  const last = p.series[p.series.length - 1]!;
  return svg(
    width,
    height,
    text,
    `<line x1="${left}" y1="${height - bottom}" x2="${end}" y2="${height - bottom}" stroke="${LINE}"/>` +
      `<line x1="${left}" y1="${y(p.target)}" x2="${end}" y2="${y(p.target)}" stroke="${PALETTE[1]}" stroke-width="2" stroke-dasharray="6 4"/>` +
      `<text x="${end + 6}" y="${y(p.target) + 4}" fill="${INK}">${escapeHtml(labels.target)}</text>` +
      `<line x1="${x(p.from)}" y1="${y(p.start)}" x2="${end}" y2="${y(p.target)}" stroke="${MUTED}" stroke-width="1.5" stroke-dasharray="2 3"/>` +
      (p.series.length > 1 ? `<polyline points="${points}" fill="none" stroke="${PALETTE[0]}" stroke-width="2.5"/>` : '') +
      `<circle cx="${x(last.date)}" cy="${y(last.value)}" r="3.5" fill="${PALETTE[0]}"/>` +
      `<text x="${left}" y="${height - 10}" fill="${MUTED}">${escapeHtml(labels.from)}</text>` +
      `<text x="${end}" y="${height - 10}" fill="${MUTED}" text-anchor="end">${escapeHtml(labels.deadline)}</text>`,
  );
}
