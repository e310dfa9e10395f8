// Meta Business Suite, Facebook posts export: one row per post, dated by "Publish time".
// Columns: research §3, and a public importer's notes on twelve monthly exports (33 columns, among
// them Views, Reach, "Reactions, Comments and Shares", Reactions, Comments, Shares, Total clicks).
import type { ExportSpec } from '../spec.js';

export const metaFacebookPosts: ExportSpec = {
  kind: 'meta-facebook-posts',
  marks: [{ en: ['Page name'], fr: ['Nom de la Page'] }],
  date: { en: ['Publish time'], fr: ['Heure de publication'] },
  dayOrder: 'month-first', // "Publish time (MM/DD/YYYY HH:MM)", whatever the language (research §3)
  post: { en: ['Post ID'], fr: ['Identifiant de la publication', 'ID de la publication'] },
  figures: [
    { metric: 'views', header: { en: ['Views'], fr: ['Vues'] } },
    { metric: 'reach', header: { en: ['Reach'], fr: ['Couverture'] } },
    { metric: 'engagements', header: { en: ['Reactions, Comments and Shares'], fr: ['Réactions, commentaires et partages'] } },
    { metric: 'comments', header: { en: ['Comments'], fr: ['Commentaires'] } },
    { metric: 'shares', header: { en: ['Shares'], fr: ['Partages'] } },
    { metric: 'clicks', header: { en: ['Total clicks'], fr: ['Total des clics'] } },
  ],
};
