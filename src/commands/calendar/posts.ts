// `plan calendar --format posts --out DIR`: one draft file per slot of the calendar, in DIR. A
// file that exists is never replaced, and a slot an existing post already drafts (same platform,
// same date, whatever the file is called) is skipped: running it again after editing drafts, or
// over a longer period, only adds what is missing. Written files go to stdout, one per line (for
// `git add`), what was skipped and the counts to stderr.
import { lstat, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { EXIT, InputError } from '../../errors.js';
import { pluralKey, translator, type Lang } from '../../i18n/index.js';
import { coreCatalog } from '../../i18n/core.js';
import { draftsCatalog } from '../../i18n/drafts.js';
import type { CommandIO } from '../../io/context.js';
import { reason } from '../../io/read.js';
import { writeFileAtomic } from '../../io/write.js';
import type { CalendarPlan } from '../../calendar/types.js';
import { draftsForPlan, type ExistingPost } from '../../posts/drafts.js';
import { parsePost } from '../../posts/parse.js';

/** Post files larger than this are not post drafts a calendar could have written: not read. */
const MAX_POST_BYTES = 1024 * 1024;

export interface DraftRun {
  /** `--out` as the user wrote it (shown in messages), relative to `cwd`. */
  out: string;
  cwd: string;
  lang: Lang;
  quiet: boolean;
}

export async function writeCalendarDrafts(plan: CalendarPlan, run: DraftRun, io: CommandIO): Promise<number> {
  const t = translator(draftsCatalog, run.lang);
  const core = translator(coreCatalog, run.lang);
  const folder = resolve(run.cwd, run.out);
  const info = await stat(folder).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    if (info.code !== 'ENOENT') throw new InputError(core('output.cannotWrite', { path: run.out, reason: reason(info, core) }));
    if (plan.slots.length > 0) await mkdir(folder, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(core('output.cannotWrite', { path: run.out, reason: reason(error, core) }));
    });
  } else if (!info.isDirectory()) {
    throw new InputError(t('calendar.outNotFolder', { path: run.out }));
  }
  if (plan.slots.length === 0) {
    if (!run.quiet) io.stderr.write(`${t('calendar.nothing')}\n`);
    return EXIT.ok;
  }

  const { existing, names } = await existingPosts(folder, run.out);
  const { drafts, drafted } = draftsForPlan(plan, run.lang, existing, names);
  const shown = (name: string) => (run.out.endsWith('/') || run.out.endsWith(sep) ? `${run.out}${name}` : join(run.out, name));
  let written = 0;
  for (const draft of drafts) {
    // Written one by one, each whole (temporary file, then a link that fails on an existing name).
    await writeFileAtomic(join(folder, draft.name), draft.text, { overwrite: false, displayName: shown(draft.name) }, core);
    io.stdout.write(`${shown(draft.name)}\n`);
    written++;
  }
  if (!run.quiet) {
    for (const { slot, file } of drafted) io.stderr.write(`${t('calendar.skippedDrafted', { platform: slot.platform, when: [slot.date, slot.time].filter(Boolean).join(' '), file })}\n`);
    io.stderr.write(`${t(pluralKey('calendar.wrote', written, run.lang), { count: written, dir: run.out })}\n`);
    if (drafted.length > 0) io.stderr.write(`${t(pluralKey('calendar.skipped', drafted.length, run.lang), { count: drafted.length })}\n`);
  }
  return EXIT.ok;
}

/** The post files already in the folder (and its subfolders), and the names taken at its top. */
async function existingPosts(folder: string, out: string): Promise<{ existing: ExistingPost[]; names: Set<string> }> {
  const names = new Set<string>();
  const existing: ExistingPost[] = [];
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    // `parentPath` from Node 20.12, `path` before.
    const parent = entry.parentPath ?? (entry as unknown as { path: string }).path;
    const path = join(parent, entry.name);
    if (parent === folder) names.add(entry.name);
    if (!entry.name.endsWith('.md') || !(entry.isFile() || entry.isSymbolicLink())) continue;
    const size = await lstat(path).then((s) => (s.isSymbolicLink() ? stat(path).then((target) => (target.isFile() ? target.size : -1)) : s.size)).catch(() => -1);
    if (size < 0 || size > MAX_POST_BYTES) continue;
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const file = join(out, relative(folder, path));
    existing.push({ file, meta: parsePost(text, file).post.meta });
  }
  return { existing, names };
}
