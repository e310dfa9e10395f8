// LinkedIn Page, content export, sheet "All posts": one row per post, dated by "Created date".
// Columns: research §3. "Follows" is a gain (new-followers); engagement rate is a fraction.
import type { ExportSpec } from '../spec.js';

export const linkedinPosts: ExportSpec = {
  kind: 'linkedin-posts',
  marks: [{ en: ['Posted by'], fr: ['Publié par'] }],
  date: { en: ['Created date'], fr: ['Date de création'] },
  post: { en: ['Post link'], fr: ['Lien de la publication', 'Lien du post'] },
  figures: [
    { metric: 'impressions', header: { en: ['Impressions'], fr: ['Impressions'] } },
    { metric: 'views', header: { en: ['Views'], fr: ['Vues'] } },
    { metric: 'clicks', header: { en: ['Clicks'], fr: ['Clics'] } },
    { metric: 'comments', header: { en: ['Comments'], fr: ['Commentaires'] } },
    { metric: 'shares', header: { en: ['Reposts'], fr: ['Republications', 'Partages'] } },
    { metric: 'new-followers', header: { en: ['Follows'], fr: ['Abonnements'] } },
    { metric: 'engagement-rate', header: { en: ['Engagement rate'], fr: ["Taux d'engagement"] }, figure: 'rate', scale: 100 },
  ],
};
