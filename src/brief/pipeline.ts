// From the bytes of a strategy file to the brief: validation first (src/validate/check-file.ts
// chooses the road), then rendering. `plan brief` and the tests of the example briefs go through here.
import { checkFile } from '../validate/check-file.js';
import { briefFromCheck, type BriefOutcome, type BriefRequest } from './outcome.js';

export type { BriefOutcome, BriefRequest } from './outcome.js';

export async function briefFromBytes(bytes: Uint8Array, file: string, request: BriefRequest): Promise<BriefOutcome> {
  const { result, data } = await checkFile(bytes, file, { lang: request.lang, now: request.now, env: request.env, severityOverride: request.severityOverride });
  return briefFromCheck(result, data, file, request);
}
