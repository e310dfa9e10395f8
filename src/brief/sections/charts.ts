// The charts: the pillar mix and the weekly rhythm, as SVG (HTML) and Mermaid (Markdown).
import { mermaidPie, svgBarChart, type ChartItem } from '../charts.js';
import type { BriefData } from '../types.js';
import type { SectionContext } from './context.js';

export function chartsSection(c: SectionContext, pillars: BriefData['pillars'], rhythm: BriefData['rhythm']): BriefData['charts'] {
  const { t } = c;
  const pillarItems: ChartItem[] = pillars.map((p) => ({ label: p.name, value: p.share, display: p.shareText }));
  const rhythmItems: ChartItem[] = (rhythm?.rows ?? []).map((r) => ({ label: r.platform, value: r.perWeek, display: r.perWeekText }));
  return {
    pillarsSvg: svgBarChart(pillarItems, { id: 'chart-pillars', title: t('chart.pillars.title'), desc: t('chart.pillars.desc') }, 100),
    rhythmSvg: svgBarChart(rhythmItems, { id: 'chart-rhythm', title: t('chart.rhythm.title'), desc: t('chart.rhythm.desc') }),
    pillarsMermaid: mermaidPie(pillarItems, t('chart.pillars.title')),
    rhythmMermaid: mermaidPie(rhythmItems, t('chart.rhythm.title')),
  };
}
