// Region codes (ISO 3166, as the schema takes them) as names a reader knows: `CA-QC` is
// "Québec", `FR` is "France". Countries come from Intl.DisplayNames; Intl has no names for
// subdivisions, so Canada's provinces and territories (where most users are) are listed here.
import type { Lang } from './index.js';

const CANADA: Record<string, { en: string; fr: string }> = {
  AB: { en: 'Alberta', fr: 'Alberta' },
  BC: { en: 'British Columbia', fr: 'Colombie-Britannique' },
  MB: { en: 'Manitoba', fr: 'Manitoba' },
  NB: { en: 'New Brunswick', fr: 'Nouveau-Brunswick' },
  NL: { en: 'Newfoundland and Labrador', fr: 'Terre-Neuve-et-Labrador' },
  NS: { en: 'Nova Scotia', fr: 'Nouvelle-Écosse' },
  NT: { en: 'Northwest Territories', fr: 'Territoires du Nord-Ouest' },
  NU: { en: 'Nunavut', fr: 'Nunavut' },
  ON: { en: 'Ontario', fr: 'Ontario' },
  PE: { en: 'Prince Edward Island', fr: 'Île-du-Prince-Édouard' },
  QC: { en: 'Québec', fr: 'Québec' },
  SK: { en: 'Saskatchewan', fr: 'Saskatchewan' },
  YT: { en: 'Yukon', fr: 'Yukon' },
};

function countryName(code: string, lang: Lang): string | undefined {
  try {
    const name = new Intl.DisplayNames([lang === 'fr' ? 'fr-CA' : 'en-CA'], { type: 'region', fallback: 'none' }).of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/** `CA-QC` -> "Québec"; `FR` -> "France"; `US-NY` -> "États-Unis (NY)"; anything else as written. */
export function regionName(code: string, lang: Lang): string {
  const match = /^([A-Z]{2})(?:-([A-Z0-9]{1,3}))?$/.exec(code.trim());
  if (!match) return code;
  const [, country, part] = match;
  if (country === 'CA' && part && CANADA[part]) return CANADA[part][lang];
  const name = countryName(country!, lang);
  if (!name) return code;
  return part ? `${name} (${part})` : name;
}
