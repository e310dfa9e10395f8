// TikTok Studio, "Content": one row per video, dated by "Post time". Columns: research §3 and public
// importers (Video title, Video link, Post time, Total likes, Total comments, Total shares, Total views).
import type { ExportSpec } from '../spec.js';

export const tiktokContent: ExportSpec = {
  kind: 'tiktok-content',
  marks: [{ en: ['Video title'], fr: ['Titre de la vidéo'] }],
  date: { en: ['Post time'], fr: ['Heure de publication'] },
  post: { en: ['Video link'], fr: ['Lien de la vidéo'] },
  figures: [
    { metric: 'views', header: { en: ['Total views'], fr: ['Total des vues'] } },
    { metric: 'comments', header: { en: ['Total comments'], fr: ['Total des commentaires'] } },
    { metric: 'shares', header: { en: ['Total shares'], fr: ['Total des partages'] } },
  ],
};
