// The one place that chooses the road for a strategy file: the first pass (js-yaml, no positions)
// answers for a file with no finding; anything else is checked in full with `yaml`, whose module
// (the document model, positions, the schema texts for messages) is imported only then.
import { decodeStrategyBytes } from '../strategy/decode.js';
import type { CheckOptions, CheckResult } from './types.js';
import { firstPassCheck } from './first-pass.js';

/** Check a file's bytes; `data` is its parsed content (undefined when it is not YAML). */
export async function checkFile(bytes: Uint8Array, file: string, options: CheckOptions = {}): Promise<{ result: CheckResult; data: unknown }> {
  const decoded = decodeStrategyBytes(bytes);
  const first = 'text' in decoded ? firstPassCheck(decoded.text, file, options) : undefined;
  if (first) return first;
  const { checkBytes } = await import('./check.js');
  const result = checkBytes(bytes, file, options);
  return { result, data: result.parsed?.data };
}
