// From the bytes of a strategy file to the brief, pure: validation first, then rendering.
// `plan brief` and the tests of the committed example briefs both go through here.
import { checkBytes } from '../validate/check.js';
import { briefFromCheck, type BriefOutcome, type BriefRequest } from './outcome.js';

export type { BriefOutcome, BriefRequest } from './outcome.js';

export function briefFromBytes(bytes: Uint8Array, file: string, request: BriefRequest): BriefOutcome {
  const check = checkBytes(bytes, file, { lang: request.lang, now: request.now, env: request.env, severityOverride: request.severityOverride });
  return briefFromCheck(check, check.parsed?.data, file, request);
}
