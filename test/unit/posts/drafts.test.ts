import { describe, expect, it } from 'vitest';
import type { CalendarPlan, CalendarSlot } from '../../../src/calendar/types.js';
import { draftsForPlan, slotMeta } from '../../../src/posts/drafts.js';
import { parsePost } from '../../../src/posts/parse.js';

const slot = (date: string, time: string, platform = 'instagram', extra: Partial<CalendarSlot> = {}): CalendarSlot => ({ date, time, platform, status: 'planned', copy: '', ...extra });
const plan = (slots: CalendarSlot[]): CalendarPlan => ({ from: '2027-01-04', to: '2027-01-10', weeks: 1, slots, keyDates: [{ date: '2027-01-06', name: 'Les Rois', origin: 'strategy', campaign: 'Galette' }], defaultTimes: [], notes: [] });

describe('draftsForPlan', () => {
  it('drafts every slot of an empty folder, named by date, platform and pillar or key date', () => {
    const { drafts, drafted } = draftsForPlan(plan([slot('2027-01-05', '08:30', 'instagram', { pillar: 'quartier' }), slot('2027-01-06', '09:00', 'facebook', { pillar: 'offres', format: 'photos', keyDate: 'Les Rois', idea: 'Les Rois —\n la galette' })]), 'en', [], new Set());
    expect(drafted).toEqual([]);
    expect(drafts.map((d) => d.name)).toEqual(['2027-01-05-instagram-quartier.md', '2027-01-06-facebook-les-rois.md']);
    const second = parsePost(drafts[1]!.text, 'x.md').post;
    expect(second.meta.campaign).toBe('Galette');
    // The idea on one line: a TODO prompt, not a text.
    expect(second.body.text).toBe('TODO: write the post (photos). Idea (to develop, not final text): Les Rois — la galette');
  });

  it('counts each existing post for one slot, the post at the slot’s time first', () => {
    const slots = [slot('2027-01-05', '08:30'), slot('2027-01-05', '18:00'), slot('2027-01-07', '08:30')];
    // One post at 18:00 that day: it drafts the 18:00 slot, not the first one of the day.
    const existing = [{ file: 'posts/soir.md', meta: { platforms: ['instagram'], date: '2027-01-05', time: '18:00' } }];
    const { drafts, drafted } = draftsForPlan(plan(slots), 'en', existing, new Set());
    expect(drafted).toEqual([{ slot: slots[1], file: 'posts/soir.md' }]);
    expect(drafts.map((d) => d.slot)).toEqual([slots[0], slots[2]]);
    // Moved to another time that day: still the draft of a slot of that day.
    const moved = draftsForPlan(plan(slots), 'en', [{ file: 'posts/a.md', meta: { platforms: ['instagram', 'x'], date: '2027-01-07', time: '12:00' } }], new Set());
    expect(moved.drafted.map((d) => d.slot)).toEqual([slots[2]]);
    // Another platform, or another day: not a draft of the slot.
    const others = draftsForPlan(plan(slots), 'en', [{ file: 'b.md', meta: { platforms: ['facebook'], date: '2027-01-05' } }, { file: 'c.md', meta: { platforms: 'instagram' as unknown as string[], date: '2027-01-05' } }], new Set());
    expect(others.drafted).toEqual([]);
  });

  it('never picks a name already taken in the folder or in the run', () => {
    const slots = [slot('2027-01-05', '08:30', 'instagram', { pillar: 'quartier' }), slot('2027-01-05', '18:00', 'instagram', { pillar: 'quartier' })];
    const { drafts } = draftsForPlan(plan(slots), 'fr', [], new Set(['2027-01-05-instagram-quartier.md']));
    expect(drafts.map((d) => d.name)).toEqual(['2027-01-05-instagram-quartier-2.md', '2027-01-05-instagram-quartier-3.md']);
  });

  it('leaves out the fields the slot does not have', () => {
    expect(slotMeta(slot('2027-01-05', '08:30'), { keyDates: [] })).toEqual({ platforms: ['instagram'], date: '2027-01-05', time: '08:30', pillar: undefined, audience: undefined, campaign: undefined, status: 'draft', author: undefined });
    expect(parsePost(draftsForPlan(plan([slot('2027-01-05', '08:30')]), 'en', [], new Set()).drafts[0]!.text, 'x').post.meta).toEqual({ platforms: ['instagram'], date: '2027-01-05', time: '08:30', status: 'draft' });
  });
});
