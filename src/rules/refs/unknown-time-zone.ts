import { closest } from '../../text/suggest.js';
import { defineRule, type RuleHit } from '../types.js';

/** The runtime's IANA time-zone names (Intl), read once, for "did you mean". */
let names: string[] | undefined;
const zoneNames = () => (names ??= Intl.supportedValuesOf('timeZone'));

/** Zones already asked about: a batch names the same few zones in every file. */
const known = new Map<string, boolean>();

/** A zone the runtime knows (aliases such as `UTC` or `US/Eastern` included): what the calendar accepts. */
function isKnownZone(name: string): boolean {
  let answer = known.get(name);
  // The canonical names answer without a formatter: the runtime's first Intl formatter loads ICU's
  // time-zone data (tens of milliseconds), which only an alias (`US/Eastern`) needs.
  if (answer === undefined && zoneNames().includes(name)) answer = true;
  if (answer === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      answer = true;
    } catch {
      answer = false;
    }
    known.set(name, answer);
  }
  return answer;
}

// error: `plan calendar` cannot write an ICS file for a zone that does not exist, and the brief's
// dates would be read in a zone nobody lives in. Said by `plan validate`, where CI looks.
export const unknownTimeZone = defineRule({
  id: 'refs/unknown-time-zone',
  category: 'refs',
  severity: 'error',
  source: 'The IANA time zone database (https://www.iana.org/time-zones), as the runtime knows it (Intl.supportedValuesOf); RFC 5545 names zones by these ids.',
  messages: {
    en: {
      rationale: 'The calendar and the brief read dates and times in `organization.time_zone`: it must be a real IANA time zone.',
      fix: 'Write an IANA time zone, for example `America/Toronto` for Québec.',
      unknown: '`{zone}` is not a time zone.{suggestion} Use an IANA name such as `America/Toronto` (Québec) or `Europe/Paris`.',
      didYouMean: ' Did you mean `{suggestion}`?',
    },
    fr: {
      rationale: 'Le calendrier et le brief lisent les dates et les heures dans `organization.time_zone` : ce doit être un vrai fuseau horaire IANA.',
      fix: 'Écrivez un fuseau horaire IANA, par exemple `America/Toronto` pour le Québec.',
      unknown: '`{zone}` n’est pas un fuseau horaire.{suggestion} Utilisez un nom IANA comme `America/Toronto` (Québec) ou `Europe/Paris`.',
      didYouMean: ' Vouliez-vous dire `{suggestion}`?',
    },
  },
  examples: {
    pass: 'organization:\n  name: Café Boréal\n  time_zone: America/Toronto\n',
    fail: 'organization:\n  name: Café Boréal\n  time_zone: America/Torono\n',
  },
  check(strategy, { t }) {
    const hits: RuleHit[] = [];
    const zone = strategy.organization?.time_zone;
    if (typeof zone !== 'string' || isKnownZone(zone)) return hits;
    const guess = closest(zone, zoneNames());
    hits.push({ path: ['organization', 'time_zone'], message: t('unknown', { zone, suggestion: guess ? t('didYouMean', { suggestion: guess }) : '' }) });
    return hits;
  },
});
