// TikTok Studio, "Overview" (csv or xlsx in the export's zip): one row per day, the date written
// without a year ("August 31"). Columns: research §3 and public importers (Date, Video Views,
// Profile Views, Likes, Comments, Shares).
import type { ExportSpec } from '../spec.js';

export const tiktokOverview: ExportSpec = {
  kind: 'tiktok-overview',
  marks: [{ en: ['Profile Views'], fr: ['Vues du profil'] }],
  date: { en: ['Date'], fr: ['Date'] },
  figures: [
    { metric: 'views', header: { en: ['Video Views'], fr: ['Vues de vidéos', 'Vues des vidéos'] } },
    { metric: 'comments', header: { en: ['Comments'], fr: ['Commentaires'] } },
    { metric: 'shares', header: { en: ['Shares'], fr: ['Partages'] } },
  ],
};
