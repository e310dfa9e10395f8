// The calendar's slots as post drafts: one file per slot, with the slot's date, time, platform,
// pillar, audience and owner in the front matter, and a TODO body naming its format and idea (an
// idea is never final text, and posts/placeholder stops a TODO from going out once `ready`).
// Pure: the command reads the folder and writes the files.
import type { CalendarPlan, CalendarSlot } from '../calendar/types.js';
import { translator, type Lang } from '../i18n/index.js';
import { draftsCatalog } from '../i18n/drafts.js';
import type { PostMeta } from './types.js';
import { draftFileName, renderPost } from './write.js';

export interface SlotDraft {
  slot: CalendarSlot;
  /** A file name in the drafts' folder, unique in the run and not in `taken`. */
  name: string;
  text: string;
}

/** What an existing post file says about itself, enough to tell whether it drafts a slot already. */
export interface ExistingPost {
  file: string;
  meta: PostMeta;
}

export function slotMeta(slot: CalendarSlot, plan: Pick<CalendarPlan, 'keyDates'>): PostMeta {
  const campaign = slot.keyDate ? plan.keyDates.find((k) => k.date === slot.date && k.name === slot.keyDate)?.campaign : undefined;
  return {
    platforms: [slot.platform],
    date: slot.date,
    time: slot.time,
    pillar: slot.pillar,
    audience: slot.audience,
    campaign,
    status: 'draft',
    author: slot.owner,
  };
}

/** The draft's text: the slot's fields and a TODO carrying its idea (on one line: an idea is a prompt, not a text). */
export function slotDraftText(slot: CalendarSlot, plan: Pick<CalendarPlan, 'keyDates'>, lang: Lang): string {
  const t = translator(draftsCatalog, lang);
  const idea = slot.idea?.replace(/\s+/g, ' ').trim();
  const todo = slot.format ? t('draft.todoFormat', { format: slot.format.replace(/\s+/g, ' ') }) : t('draft.todo');
  return renderPost({ meta: slotMeta(slot, plan), body: idea ? `${todo} ${t('draft.idea', { idea })}` : todo });
}

/**
 * The slots to draft and their files, in the calendar's order. A slot is left out (in `drafted`)
 * when an existing post already targets its platform on its date: a draft renamed
 * (`2027-01-12-croissant.md`) or moved to another time that day still counts. Each post counts for
 * one slot, a post at the slot's very time first.
 */
export function draftsForPlan(plan: CalendarPlan, lang: Lang, existing: readonly ExistingPost[], taken: ReadonlySet<string>): { drafts: SlotDraft[]; drafted: { slot: CalendarSlot; file: string }[] } {
  const unused = new Set(existing);
  const covering = new Map<CalendarSlot, ExistingPost>();
  const targets = (post: ExistingPost, slot: CalendarSlot) => post.meta.date === slot.date && Array.isArray(post.meta.platforms) && post.meta.platforms.includes(slot.platform);
  for (const sameTime of [true, false]) {
    for (const slot of plan.slots) {
      if (covering.has(slot)) continue;
      const post = [...unused].find((p) => targets(p, slot) && (!sameTime || p.meta.time === slot.time));
      if (!post) continue;
      covering.set(slot, post);
      unused.delete(post);
    }
  }
  const names = new Set(taken);
  const drafts: SlotDraft[] = [];
  const drafted: { slot: CalendarSlot; file: string }[] = [];
  for (const slot of plan.slots) {
    const post = covering.get(slot);
    if (post) {
      drafted.push({ slot, file: post.file });
      continue;
    }
    const name = draftFileName({ date: slot.date, platform: slot.platform, about: slot.keyDate ?? slot.pillar }, names);
    names.add(name);
    drafts.push({ slot, name, text: slotDraftText(slot, plan, lang) });
  }
  return { drafts, drafted };
}
