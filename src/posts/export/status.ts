// A post's status in the words of the export's language: a French sheet says `prête`, not `ready`.
// A status outside the four (an export with --allow-errors) is shown as written.
import type { Translate } from '../../i18n/index.js';
import type { DraftsKey } from '../../i18n/drafts.js';

const STATUS_KEYS: Record<string, DraftsKey> = {
  draft: 'export.status.draft',
  ready: 'export.status.ready',
  scheduled: 'export.status.scheduled',
  published: 'export.status.published',
};

export function statusWord(status: unknown, t: Translate<DraftsKey>): string | undefined {
  if (typeof status !== 'string') return undefined;
  const key = Object.hasOwn(STATUS_KEYS, status) ? STATUS_KEYS[status] : undefined;
  return key ? t(key) : status;
}
