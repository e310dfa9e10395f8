import { exportsGiving, platformsWithExports } from '../../report/metrics.js';
import { METRICS, type Metric } from '../../report/types.js';
import { customName, guessMeasure, measureFlow } from '../../strategy/measure.js';
import { defineRule, type RuleHit } from '../types.js';

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A measure as written: the schema reports wrong types, this rule reads only what it can. */
interface Written {
  platform?: unknown;
  metric?: unknown;
  name?: unknown;
}

// info: the objective stands without a measure; only `plan report` cannot follow it.
export const objectivesNotFollowable = defineRule({
  id: 'objectives/not-followable',
  category: 'objectives',
  severity: 'info',
  sources: ['edit-smart', 'conbersa'],
  messages: {
    en: {
      rationale: 'An objective is followed when its figure can be read in the data: `plan report` needs a measure it can find in the platforms’ exports or in a neutral CSV file.',
      fix: 'Give the objective a `measure:` (`platform`, `metric`, `aggregate`, and `name` for a custom metric), or let `plan init --edit FILE` add it.',
      none: 'The objective `{id}` has no `measure`, so `plan report` cannot follow it. Add `measure: {suggestion}` (a guess from its KPI), or let `plan init --edit FILE` add it.',
      customName: 'The measure of `{id}` is a custom metric without a `name`, so `plan report` cannot tell which rows of the neutral file are its figures. Add `name:` with the metric’s name as the neutral file writes it (for example `{suggestion}`).',
      platform: 'The measure of `{id}` is on `{platform}`, which is not a platform of this strategy ({platforms}). Use one of them, or `all`.',
      noExport: 'No export `plan report` reads gives `{metric}` for {where}: only a neutral CSV file you write (`date,platform,metric,value`) can feed this objective. {offer}',
      'where.all': 'the platforms of this strategy',
      'offer.some': 'The exports give: {metrics}.',
      'offer.none': '`plan report` reads no export of {platform}.',
    },
    fr: {
      rationale: 'Un objectif se suit quand son chiffre se lit dans les données\u00a0: `plan report` a besoin d’une mesure qu’il trouve dans les exportations des plateformes ou dans un fichier CSV neutre.',
      fix: 'Donnez à l’objectif une mesure (`measure:` avec `platform`, `metric`, `aggregate`, et `name` pour une métrique personnalisée), ou laissez `plan init --edit FICHIER` l’ajouter.',
      none: 'L’objectif `{id}` n’a pas de mesure (`measure`), donc `plan report` ne peut pas le suivre. Ajoutez `measure: {suggestion}` (deviné d’après son indicateur), ou laissez `plan init --edit FICHIER` l’ajouter.',
      customName: 'La mesure de `{id}` est une métrique personnalisée sans nom (`name`), donc `plan report` ne peut pas savoir quelles lignes du fichier neutre sont ses chiffres. Ajoutez `name:` avec le nom de la métrique tel que le fichier neutre l’écrit (par exemple `{suggestion}`).',
      platform: 'La mesure de `{id}` porte sur `{platform}`, qui n’est pas une plateforme de cette stratégie ({platforms}). Choisissez-en une, ou `all`.',
      noExport: 'Aucune exportation que lit `plan report` ne donne `{metric}` pour {where}\u00a0: seul un fichier CSV neutre que vous écrivez (`date,platform,metric,value`) peut alimenter cet objectif. {offer}',
      'where.all': 'les plateformes de cette stratégie',
      'offer.some': 'Les exportations donnent\u00a0: {metrics}.',
      'offer.none': '`plan report` ne lit aucune exportation de {platform}.',
    },
  },
  examples: {
    pass: 'platforms:\n  - id: instagram\n    role: primary\nobjectives:\n  - id: reach\n    statement: Be known in the neighbourhood\n    kpi: monthly reach\n    target: 5000\n    deadline: 2027-02-28\n    measure: { platform: instagram, metric: reach, aggregate: sum }\n',
    fail: 'platforms:\n  - id: instagram\n    role: primary\nobjectives:\n  - id: reach\n    statement: Be known in the neighbourhood\n    kpi: monthly reach\n    target: 5000\n    deadline: 2027-02-28\n',
    fr: {
      pass: 'platforms:\n  - id: instagram\n    role: primary\nobjectives:\n  - id: portee\n    statement: Se faire connaître dans le quartier\n    kpi: portée mensuelle\n    target: 5000\n    deadline: 2027-02-28\n    measure: { platform: instagram, metric: reach, aggregate: sum }\n',
      fail: 'platforms:\n  - id: instagram\n    role: primary\nobjectives:\n  - id: portee\n    statement: Se faire connaître dans le quartier\n    kpi: portée mensuelle\n    target: 5000\n    deadline: 2027-02-28\n',
    },
  },
  check(strategy, { t }) {
    const hits: RuleHit[] = [];
    if (!Array.isArray(strategy.objectives)) return hits;
    const platforms = Array.isArray(strategy.platforms) ? strategy.platforms.map((p) => (isRecord(p) ? p.id : undefined)).filter((id): id is string => typeof id === 'string') : [];
    strategy.objectives.forEach((objective, i) => {
      if (!isRecord(objective)) return;
      const at = (...rest: string[]) => ['objectives', i, ...rest];
      const id = String(objective.id ?? i + 1);
      const measure = objective.measure as Written | undefined;
      if (measure === undefined || measure === null) {
        hits.push({ path: at('measure'), message: t('none', { id, suggestion: measureFlow(guessMeasure(objective, platforms)) }) });
        return;
      }
      if (!isRecord(measure) || typeof measure.platform !== 'string' || typeof measure.metric !== 'string') return;
      const metric = METRICS.find((m) => m === measure.metric);
      if (metric === 'custom') {
        if (typeof measure.name !== 'string' || measure.name.trim() === '') hits.push({ path: at('measure', 'metric'), message: t('customName', { id, suggestion: customName(objective.kpi, objective.id) }) });
        return;
      }
      const platform = measure.platform;
      if (platform !== 'all' && !platforms.includes(platform)) {
        hits.push({ path: at('measure', 'platform'), message: t('platform', { id, platform, platforms: platforms.map((p) => `\`${p}\``).join(', ') }) });
        return;
      }
      if (metric === undefined) return; // the schema names the allowed metrics
      const measured = platform === 'all' ? platforms : [platform];
      if (measured.some((p) => exportsGiving(p, metric).length > 0)) return;
      const known = measured.filter((p) => platformsWithExports().includes(p));
      const given = METRICS.filter((m) => m !== 'custom' && known.some((p) => exportsGiving(p, m).length > 0));
      hits.push({
        path: at('measure', 'metric'),
        message: t('noExport', {
          id,
          metric,
          where: platform === 'all' ? t('where.all') : `\`${platform}\``,
          offer: given.length > 0 ? t('offer.some', { metrics: given.map((m: Metric) => `\`${m}\``).join(', ') }) : t('offer.none', { platform: platform === 'all' ? t('where.all') : `\`${platform}\`` }),
        }),
      });
    });
    return hits;
  },
});
