import { PLATFORMS } from '../../knowledge/index.js';
import { unknownReferenceRule } from '../unknown-reference.js';

const CATALOGUE = PLATFORMS.map((p) => p.id);

// warn: a custom platform is allowed (a Discord server, a newsletter); only a nameless one is doubtful.
export const platformNotInCatalogue = unknownReferenceRule({
  id: 'platforms/unknown-platform',
  category: 'platforms',
  severity: 'warn',
  sources: [],
  messages: {
    en: {
      rationale: 'A platform id outside the catalogue is a typo, or a custom platform that needs a name.',
      fix: 'Correct the id to one of the catalogue (`plan platforms` lists them), or, for a custom platform, add `name:`.',
      unknown: '`{id}` is not in the platform catalogue.{suggestion} For a custom platform (a Discord server, a newsletter), add `name:` so the brief and the calendar can show it; catalogue ids: `plan platforms`.',
    },
    fr: {
      rationale: 'Un identifiant de plateforme hors du catalogue est une coquille, ou une plateforme à vous qui doit avoir un nom.',
      fix: 'Corrigez l’identifiant pour celui du catalogue (`plan platforms` les énumère), ou, pour une plateforme à vous, ajoutez `name:`.',
      unknown: '`{id}` ne fait pas partie du catalogue des plateformes.{suggestion} Pour une plateforme à vous (serveur Discord, infolettre), ajoutez `name:` pour que le brief et le calendrier puissent l’afficher; identifiants du catalogue : `plan platforms`.',
    },
  },
  examples: {
    pass: 'platforms:\n  - id: linkedin\n    role: primary\n  - id: newsletter\n    name: Monthly newsletter\n    role: secondary\n',
    fail: 'platforms:\n  - id: linkdin\n    role: primary\n',
    fr: {
      pass: 'platforms:\n  - id: linkedin\n    role: primary\n  - id: infolettre\n    name: Infolettre mensuelle\n    role: secondary\n',
      fail: 'platforms:\n  - id: linkdin\n    role: primary\n',
    },
  },
  known: () => CATALOGUE,
  *references(strategy) {
    for (const [p, platform] of (strategy.platforms ?? []).entries()) {
      // A custom platform with a name is not a typo.
      if (typeof platform?.id !== 'string' || (typeof platform.name === 'string' && platform.name.trim())) continue;
      yield { id: platform.id, path: ['platforms', p, 'id'] };
    }
  },
});
