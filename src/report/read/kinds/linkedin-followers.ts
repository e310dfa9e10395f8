// LinkedIn Page, followers export, sheet "New followers": one row per day. Its "Total followers"
// is the day's new followers (sponsored + organic + auto-invited), not the page's count, so it is
// read as new-followers. Columns: research §3.
import type { ExportSpec } from '../spec.js';

export const linkedinFollowers: ExportSpec = {
  kind: 'linkedin-followers',
  marks: [{ en: ['Organic followers'], fr: ['Abonnés naturels', 'Abonnés organiques'] }],
  date: { en: ['Date'], fr: ['Date'] },
  figures: [{ metric: 'new-followers', header: { en: ['Total followers'], fr: ['Total des abonnés', 'Abonnés au total'] } }],
};
