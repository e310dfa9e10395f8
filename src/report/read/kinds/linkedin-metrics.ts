// LinkedIn Page, content export, sheet "Metrics": one row per day, header on row 2. Columns:
// research §3 and public importers (Date, Impressions (organic|sponsored|total), Unique impressions
// (organic), Clicks (...), Reactions (...), Comments (...), Reposts (...), Engagement rate (...)).
// The totals are read; unique impressions are the reach. Engagement rate is a fraction.
import type { ExportSpec } from '../spec.js';

export const linkedinMetrics: ExportSpec = {
  kind: 'linkedin-metrics',
  marks: [{ en: ['Impressions (organic)'], fr: ['Impressions (naturelles)', 'Impressions (organiques)'] }],
  date: { en: ['Date'], fr: ['Date'] },
  figures: [
    { metric: 'impressions', header: { en: ['Impressions (total)'], fr: ['Impressions (total)'] } },
    { metric: 'reach', header: { en: ['Unique impressions (organic)'], fr: ['Impressions uniques (naturelles)', 'Impressions uniques (organiques)'] } },
    { metric: 'clicks', header: { en: ['Clicks (total)'], fr: ['Clics (total)'] } },
    { metric: 'comments', header: { en: ['Comments (total)'], fr: ['Commentaires (total)'] } },
    { metric: 'shares', header: { en: ['Reposts (total)', 'Shares (total)'], fr: ['Republications (total)', 'Partages (total)'] } },
    { metric: 'engagement-rate', header: { en: ['Engagement rate (total)'], fr: ["Taux d'engagement (total)"] }, figure: 'rate', scale: 100 },
  ],
};
