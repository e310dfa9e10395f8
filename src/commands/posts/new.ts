// `plan posts new [file]`: read the post's strategy, take the answers from flags, questions (on a
// terminal) or defaults, write one post file that never replaces another, print its path.
import { mkdir, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { EXIT, InputError, UsageError } from '../../errors.js';
import { translator, resolveLang, type Lang } from '../../i18n/index.js';
import { coreCatalog } from '../../i18n/core.js';
import { draftsCatalog } from '../../i18n/drafts.js';
import type { CommandIO, GlobalOptions } from '../../io/context.js';
import { DEFAULT_MAX_BYTES, formatBytes, readInput, TooLargeError } from '../../io/read.js';
import { fileExists, writeFileAtomic } from '../../io/write.js';
import { todayIn } from '../../calendar/dates.js';
import { isTimeZone } from '../../calendar/timezone.js';
import { askMissing, checkGiven, draftFromAnswers, unanswered, type NewPostContext, type NewPostGiven } from '../../posts/new.js';
import { draftFileName, renderPost } from '../../posts/write.js';
import { withSignals, type SignalOptions } from '../../term/signals.js';
import { canPrompt, terminalPrompter, type Prompter } from '../../wizard/prompts.js';
import { parseNow } from '../option-parsers.js';
import { readPostStrategy } from './strategy.js';

export interface PostsNewOptions extends GlobalOptions, Omit<NewPostGiven, 'platforms' | 'variants'> {
  yes?: boolean;
  strategy?: string;
  now?: string;
  /** `--platform a,b`. */
  platform?: string;
  /** `--variant x=text`, repeated. */
  variant?: string[];
}

/** Where a new post goes when no file is named. */
export const DEFAULT_POSTS_FOLDER = 'posts';

export interface PostsNewDeps {
  /** A scripted prompter (tests); the terminal's otherwise. */
  prompter?: Prompter;
}

export async function runPostsNew(file: string | undefined, options: PostsNewOptions, io: CommandIO, deps: PostsNewDeps = {}): Promise<number> {
  const envLang = resolveLang(options.lang, undefined, io.env);
  const early = translator(draftsCatalog, envLang);
  if (file !== undefined && !file.endsWith('.md')) throw new UsageError(early('new.error.notDraftName', { path: file }));
  return withSignals(
    async (cancel) => {
      const target = resolve(io.cwd, file ?? DEFAULT_POSTS_FOLDER);
      const folder = file === undefined ? target : dirname(target);
      const { strategy, lang } = await readPostStrategy(join(folder, 'post.md'), options, io, envLang);
      const t = translator(draftsCatalog, lang);
      // A named file that exists is said before any question (and checked again at the write).
      if (file !== undefined && (await fileExists(target))) throw new InputError(t('new.exists', { file: relative(io.cwd, target) || target }));
      const zone = strategy.organization.time_zone;
      const now = parseNow(options.now);
      const context: NewPostContext = { strategy, lang, today: options.now ?? todayIn(now, zone !== undefined && isTimeZone(zone) ? zone : undefined) };

      let given: NewPostGiven = {
        platforms: options.platform?.split(',').map((id) => id.trim()).filter(Boolean),
        date: options.date,
        time: options.time,
        pillar: options.pillar,
        objective: options.objective,
        audience: options.audience,
        campaign: options.campaign,
        status: options.status,
        sponsored: options.sponsored,
        partner: options.partner,
        author: options.author,
        approvedBy: options.approvedBy,
        humour: options.humour,
        text: options.text === '-' ? await readAll(io.stdin, lang) : options.text,
        variants: options.variant,
      };
      // Flags are checked before any question: a typo should not wait for answers.
      checkGiven(given, context);
      if (!options.yes && unanswered(given).length > 0) {
        const prompter = deps.prompter ?? (canPrompt(io) ? terminalPrompter(io, { cancelled: t('new.error.cancelled'), noTerminal: t('new.error.noTerminal'), signal: cancel.signal, lang }) : undefined);
        // Without a terminal nothing can be asked: only a run that says everything, or --yes, goes on.
        if (!prompter) {
          if (given.platforms === undefined || given.date === undefined) throw new UsageError(t('new.error.noTerminal'));
        } else {
          given = await askMissing(given, context, prompter);
          checkGiven(given, context);
        }
      }

      const draft = draftFromAnswers(given, context);
      let text: string;
      try {
        text = renderPost(draft);
      } catch {
        throw new UsageError(t('new.error.marker'));
      }
      let path = target;
      if (file === undefined) {
        const taken = new Set(await readdir(folder).catch(() => [] as string[]));
        path = join(folder, draftFileName({ date: draft.meta.date, platform: draft.meta.platforms?.[0], about: draft.meta.pillar ?? draft.meta.campaign }, taken));
      }
      const shown = relative(io.cwd, path) || path;
      if (await fileExists(path)) throw new InputError(t('new.exists', { file: shown }));
      const core = translator(coreCatalog, lang);
      await mkdir(dirname(path), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        throw new InputError(core('output.cannotWrite', { path: relative(io.cwd, dirname(path)) || dirname(path), reason: error.code ?? error.message }));
      });
      await writeFileAtomic(path, text, { overwrite: false, displayName: shown }, core);
      io.stdout.write(`${shown}\n`);
      // With the text given (--text, stdin or the question), only the check is left to do.
      const hasText = (given.text ?? '').trim() !== '';
      if (!options.quiet) io.stderr.write(`${t(hasText ? 'new.check' : 'new.validate', { file: shown })}\n`);
      return EXIT.ok;
    },
    { stderr: io.stderr, stdin: io.stdin as SignalOptions['stdin'], message: early('new.error.cancelled') },
  );
}

/** `--text -`: the text from standard input, at most the size of a strategy file. */
async function readAll(stdin: NodeJS.ReadableStream, lang: Lang): Promise<string> {
  const core = translator(coreCatalog, lang);
  try {
    return new TextDecoder().decode(await readInput({ kind: 'stdin', name: '<stdin>' }, () => stdin, DEFAULT_MAX_BYTES, core)).replace(/^\uFEFF/, '');
  } catch (error) {
    if (!(error instanceof TooLargeError)) throw error;
    throw new InputError(`<stdin>: ${core('yaml.tooLarge', { size: formatBytes(error.size, lang), limit: formatBytes(error.limit, lang) })}`);
  }
}
