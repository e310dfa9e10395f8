// YouTube Studio, advanced mode, "Table data" export: one row per video, its row 2 the channel's
// "Total" (skipped). Columns: research §3. "Subscribers" is the net gain from the video: new-followers.
import type { ExportSpec } from '../spec.js';

export const youtubeStudio: ExportSpec = {
  kind: 'youtube-studio',
  marks: [{ en: ['Video title'], fr: ['Titre de la vidéo'] }],
  date: { en: ['Video publish time'], fr: ['Heure de publication de la vidéo', 'Date de publication de la vidéo'] },
  post: { en: ['Content'], fr: ['Contenu'] },
  figures: [
    { metric: 'views', header: { en: ['Views'], fr: ['Vues'] } },
    { metric: 'new-followers', header: { en: ['Subscribers'], fr: ['Abonnés'] } },
    { metric: 'impressions', header: { en: ['Impressions'], fr: ['Impressions'] } },
    { metric: 'comments', header: { en: ['Comments added'], fr: ['Commentaires ajoutés'] } },
    { metric: 'shares', header: { en: ['Shares'], fr: ['Partages'] } },
  ],
};
