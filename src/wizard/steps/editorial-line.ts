// Step 4 of 4: the editorial line. Positioning, voice, tu/vous (or formal/informal), humour with a
// warning on edgy jokes, content pillars whose shares sum to 100, each with its purpose (the
// promotional share checked against the mix right there), do's and don'ts.
import { translator, type Lang, type Translate } from '../../i18n/index.js';
import { formatNumber } from '../../i18n/intl.js';
import type { WizardKey } from '../../i18n/wizard.js';
import { promoShare } from '../../rules/editorial/promo-share.js';
import type { EditorialLine, Pillar, Strategy, Tone } from '../../strategy/types.js';
import type { StepContext } from '../types.js';
import { get, isRecord, labelled, records, str, strs, uniqueId, catalogList } from '../util.js';
import { guessPurpose, PURPOSES } from './pillar-purpose.js';

type Mix = NonNullable<EditorialLine['mix']>;
type Purpose = NonNullable<Pillar['purpose']>;
type Address = NonNullable<Tone['address']>;
type Humour = NonNullable<Tone['humour']>;
type Emoji = NonNullable<Tone['emoji']>;

const MIXES: Mix[] = ['80-20', 'thirds', '4-1-1', 'custom'];
const HUMOURS: Humour[] = ['none', 'light', 'playful', 'edgy'];
const EMOJIS: Emoji[] = ['none', 'sparing', 'frequent'];

/**
 * Preset pillars: shares sum to 100 and the promotional share stays within the mix rule. Their
 * names suggest their purpose (guessPurpose), as any pillar's name does: a test keeps the two agreeing.
 */
export const PRESETS: Record<Exclude<Mix, 'custom'>, { key: WizardKey; share: number; purpose: Purpose }[]> = {
  '80-20': [
    { key: 'pillar.value', share: 80, purpose: 'educate' },
    { key: 'pillar.promo', share: 20, purpose: 'promote' },
  ],
  thirds: [
    { key: 'pillar.ideas', share: 34, purpose: 'inform' },
    { key: 'pillar.conversation', share: 33, purpose: 'community' },
    { key: 'pillar.promo', share: 33, purpose: 'promote' },
  ],
  '4-1-1': [
    { key: 'pillar.value', share: 67, purpose: 'educate' },
    { key: 'pillar.relay', share: 17, purpose: 'community' },
    { key: 'pillar.promo', share: 16, purpose: 'promote' },
  ],
};

export async function askEditorialLine(ctx: StepContext, organizationName: string): Promise<EditorialLine> {
  const { ask } = ctx;
  const t = ask.t;
  const lang = ask.lang;
  ask.heading(t('step.editorial'));
  const base = isRecord(ctx.base?.editorial_line) ? ctx.base.editorial_line : {};
  const baseTone = isRecord(base.tone) ? base.tone : {};

  const positioning = (await ask.text({ key: 'positioning', message: t('editorial.positioning'), default: str(base.positioning) ?? t('editorial.positioningDefault', { name: organizationName }) }))!;
  const voice = await ask.list({ key: 'voice', message: t('editorial.voice'), default: strs(baseTone.voice) ?? t('editorial.voiceDefault').split(', '), optional: true });

  const addresses: Address[] = lang === 'fr' ? ['vous', 'tu'] : ['informal', 'formal'];
  const address = await ask.select<Address>({
    key: 'address',
    message: t('editorial.address'),
    choices: addresses.map((a) => ({ value: a, name: t(`address.${a}`) })),
    default: addresses.find((a) => a === baseTone.address) ?? addresses[0],
  });

  let humour: Humour;
  let humourDefault = HUMOURS.find((h) => h === baseTone.humour) ?? 'light';
  for (;;) {
    humour = await ask.select<Humour>({
      key: 'humour',
      message: t('editorial.humour'),
      choices: HUMOURS.map((h) => labelled(h, t(`humour.${h}`))),
      default: humourDefault,
    });
    if (humour !== 'edgy') break;
    // A post slips or goes viral easily; when it is controversial the risks are huge.
    ask.note(t('editorial.edgyWarning'));
    if (ask.mode !== 'interactive' || (await ask.confirm({ key: 'humour.keep-edgy', message: t('editorial.edgyKeep'), default: false }))) break;
    // Declined: ask the humour again, from a milder suggestion (and not from a pre-answer).
    ask.decline('humour', 'humour.keep-edgy');
    humourDefault = 'light';
  }
  const emoji = await ask.select<Emoji>({
    key: 'emoji',
    message: t('editorial.emoji'),
    choices: EMOJIS.map((e) => ({ value: e, name: t(`emoji.${e}`) })),
    default: EMOJIS.find((e) => e === baseTone.emoji) ?? 'sparing',
  });

  // Mix, pillars and their purposes, asked again together until the promotional share fits the mix.
  const basePillars = records(base.pillars);
  let mixDefault: Mix = MIXES.find((m) => m === base.mix) ?? '80-20';
  let textDefault: string | undefined;
  const purposeDefaults = new Map<string, Purpose>();
  let mix: Mix;
  let pillars: Pillar[];
  for (;;) {
    mix = await ask.select<Mix>({
      key: 'mix',
      message: t('editorial.mix'),
      choices: MIXES.map((m) => labelled(m, t(`mix.${m}`))),
      default: mixDefault,
    });
    const presetPillars = mix === 'custom' ? [] : PRESETS[mix].map((p) => ({ name: t(p.key), share: p.share }));
    const usable = basePillars.length > 0 && (mix === base.mix || mix === 'custom');
    const defaultText = textDefault ?? formatPillars(usable ? basePillars.map((p) => ({ name: str(p.name) ?? '', share: typeof p.share === 'number' ? p.share : 0 })) : presetPillars);
    const pillarsText = await ask.text({
      key: 'pillars',
      message: t('editorial.pillars'),
      default: defaultText === '' ? undefined : defaultText,
      validate: (v) => checkPillars(v, t, lang),
    });
    const parsed = parsePillars(pillarsText!)!;
    const taken = new Set<string>();
    pillars = [];
    for (const [i, p] of parsed.entries()) {
      const previous = basePillars.find((b) => str(b.name)?.toLowerCase() === p.name.toLowerCase());
      const pillar = { ...(previous as Partial<Pillar> | undefined), id: uniqueId(str(previous?.id) ?? p.name, taken), name: p.name, share: p.share } as Pillar;
      const known = PURPOSES.find((x) => x === previous?.purpose);
      pillar.purpose = await ask.select<Purpose>({
        key: `purpose.${pillar.id}`,
        message: t('editorial.purpose', { name: p.name, n: i + 1, count: parsed.length }),
        choices: PURPOSES.map((x) => labelled(x, t(`purpose.${x}`))),
        default: purposeDefaults.get(p.name.toLowerCase()) ?? known ?? guessPurpose(p.name),
        inferred: true,
      });
      pillars.push(pillar);
    }
    const over = promoProblem(mix, pillars, lang, ctx.now);
    if (over === undefined || ask.counting) break;
    // The same words as `plan validate` (editorial/promo-share), said at the question that fixes it.
    if (ask.mode !== 'interactive') ask.invalid('pillars', over);
    ask.note(`⚠ ${over}`);
    ask.forget('mix', 'pillars', ...pillars.map((p) => `purpose.${p.id}`));
    mixDefault = mix;
    textDefault = pillarsText;
    for (const p of pillars) purposeDefaults.set(p.name.toLowerCase(), p.purpose!);
  }

  const dos = await ask.list({ key: 'do', message: t('editorial.do'), default: strs(base.do) ?? catalogList(t('editorial.doDefault')), optional: true });
  const donts = await ask.list({ key: 'dont', message: t('editorial.dont'), default: strs(base.dont) ?? catalogList(t('editorial.dontDefault')), optional: true });

  const tone: Tone = { ...(baseTone as Tone), address, humour, emoji };
  if (voice.length > 0) tone.voice = voice;
  else delete tone.voice;
  const line: EditorialLine = { ...(base as Partial<EditorialLine>), positioning, tone, mix, pillars } as EditorialLine;
  if (dos.length > 0) line.do = dos;
  else delete line.do;
  if (donts.length > 0) line.dont = donts;
  else delete line.dont;
  // Edgy humour needs a second pair of eyes on sensitive topics: make sure the list exists.
  if (humour === 'edgy' && !strs(get(base, 'sensitive_topics'))) line.sensitive_topics = catalogList(t('editorial.sensitiveDefault'));
  return line;
}

/** The rule editorial/promo-share's message when the promotional pillars exceed the mix, else undefined. */
export function promoProblem(mix: Mix, pillars: readonly Pillar[], lang: Lang, now: Date): string | undefined {
  const fragment = { editorial_line: { mix, pillars } } as unknown as Strategy;
  const hits = promoShare.check(fragment, { t: translator(promoShare.messages, lang), lang, now });
  return hits[0]?.message;
}

/** "Tips 40, Behind the scenes 30%, Offers: 30" → [{name, share}]; undefined when unreadable. */
export function parsePillars(text: string): { name: string; share: number }[] | undefined {
  // Semicolons separate when a name holds a comma: "Calls to action (vote, donate) 30; Tips 70".
  const items = text.split(text.includes(';') ? /[;\n]/ : /[,\n]/).map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) return undefined;
  const out: { name: string; share: number }[] = [];
  for (const item of items) {
    const m = /^(.*?)[\s:=]*(\d{1,3}(?:[.,]\d+)?)\s*%?$/.exec(item);
    if (!m || m[1]!.trim() === '') return undefined;
    out.push({ name: m[1]!.trim(), share: Number(m[2]!.replace(',', '.')) });
  }
  return out;
}

export function formatPillars(pillars: readonly { name: string; share: number }[]): string {
  return pillars.map((p) => `${p.name} ${p.share}`).join(pillars.some((p) => p.name.includes(',')) ? '; ' : ', ');
}

/** Why a pillars answer is not usable yet, or true: the wizard asks again until shares sum to 100. */
export function checkPillars(text: string, t: Translate<WizardKey>, lang: Lang): string | true {
  const pillars = parsePillars(text);
  if (!pillars) return t('editorial.pillarsFormat');
  const names = new Set(pillars.map((p) => p.name.toLowerCase()));
  if (names.size !== pillars.length) return t('editorial.pillarsDuplicate');
  const total = Math.round(pillars.reduce((sum, p) => sum + p.share, 0) * 100) / 100;
  if (total !== 100) {
    const fmt = formatNumber(lang, total);
    return t('editorial.pillarsSum', { total: fmt, diff: Math.abs(Math.round((100 - total) * 100) / 100) });
  }
  return true;
}
