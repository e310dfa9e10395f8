// X (Twitter) analytics, the older tweet export: one row per tweet, `time` as "2019-06-01 14:03 +0000",
// `engagement rate` as a fraction. Columns: research §3.
import type { ExportSpec } from '../spec.js';

export const xContentLegacy: ExportSpec = {
  kind: 'x-content-legacy',
  marks: [{ en: ['Tweet permalink'], fr: ['Permalien du Tweet'] }],
  date: { en: ['time'], fr: ['heure'] },
  post: { en: ['Tweet id'], fr: ['Identifiant du Tweet'] },
  figures: [
    { metric: 'impressions', header: { en: ['impressions'], fr: ['impressions'] } },
    { metric: 'engagements', header: { en: ['engagements'], fr: ['engagements'] } },
    { metric: 'engagement-rate', header: { en: ['engagement rate'], fr: ["taux d'engagement"] }, figure: 'rate', scale: 100 },
    { metric: 'shares', header: { en: ['retweets'], fr: ['Retweets'] } },
    { metric: 'comments', header: { en: ['replies'], fr: ['réponses'] } },
    { metric: 'clicks', header: { en: ['url clicks'], fr: ["clics sur l'URL"] } },
    { metric: 'new-followers', header: { en: ['follows'], fr: ['abonnements'] } },
    { metric: 'views', header: { en: ['media views'], fr: ['vues du média'] } },
  ],
};
