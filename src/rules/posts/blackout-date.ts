import { strategyKeyDates } from '../../calendar/key-dates.js';
import { isIsoDate } from '../../calendar/dates.js';
import { definePostRule } from './define.js';

// error: the strategy decided that nothing goes out that day (mourning, election silence), or that
// this pillar does not (no promotion on 25 December); a post scheduled there breaks the decision.
export const postBlackoutDate = definePostRule({
  id: 'posts/blackout-date',
  severity: 'error',
  messages: {
    en: {
      rationale: 'No post goes out on a date the strategy blacks out (`calendar.blackout_dates`), nor a pillar on a key date that blacks it out.',
      fix: 'Move the post to another date, or change its pillar; if the strategy is wrong, change `calendar.blackout_dates` or the key date’s `blackout_pillars`.',
      date: '{date} is a blackout date of the strategy (`calendar.blackout_dates`): nothing is published that day. Move the post to another date.',
      pillar: 'On {date} ({key}), the strategy publishes nothing from the `{pillar}` pillar (`blackout_pillars`). Move the post, or give it another pillar.',
    },
    fr: {
      rationale: 'Aucune publication ne paraît un jour que la stratégie bloque (`calendar.blackout_dates`), ni un pilier lors d’une date clé qui l’exclut.',
      fix: 'Déplacez la publication à une autre date, ou changez son pilier ; si la stratégie se trompe, changez `calendar.blackout_dates` ou les `blackout_pillars` de la date clé.',
      date: 'Le {date} est une date bloquée de la stratégie (`calendar.blackout_dates`) : rien n’est publié ce jour-là. Déplacez la publication.',
      pillar: 'Le {date} ({key}), la stratégie ne publie rien du pilier `{pillar}` (`blackout_pillars`). Déplacez la publication, ou donnez-lui un autre pilier.',
    },
  },
  examples: {
    pass: '---\nplatforms: [instagram]\ndate: 2027-12-27\npillar: offers\nstatus: ready\n---\nBoxing week: 20% off.\n',
    fail: '---\nplatforms: [instagram]\ndate: 2027-12-25\npillar: offers\nstatus: ready\n---\nBoxing week: 20% off.\n',
    fr: {
      pass: '---\nplatforms: [instagram]\ndate: 2027-12-27\npillar: offers\nstatus: ready\n---\nLe lendemain de Noël : 20 % de rabais.\n',
      fail: '---\nplatforms: [instagram]\ndate: 2027-12-25\npillar: offers\nstatus: ready\n---\nLe lendemain de Noël : 20 % de rabais.\n',
    },
  },
  check(post, { t, strategy }) {
    const date = post.meta.date;
    if (!strategy || typeof date !== 'string' || !isIsoDate(date)) return [];
    // A day with no post at all says it all: its pillar is not blacked out twice.
    if ((strategy.calendar?.blackout_dates ?? []).includes(date)) return [{ path: ['date'], message: t('date', { date }) }];
    const pillar = post.meta.pillar;
    // The key dates' yearly rules need date-holidays' parser: read only when one blacks out this pillar.
    if (typeof pillar !== 'string' || !(strategy.calendar?.key_dates ?? []).some((k) => k?.blackout_pillars?.includes(pillar))) return [];
    const key = strategyKeyDates(strategy, date, date).find((k) => k.blackoutPillars?.includes(pillar));
    return key ? [{ path: ['date'], message: t('pillar', { date, key: key.name, pillar }) }] : [];
  },
});
