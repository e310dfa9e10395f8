import { defineCatalog } from './index.js';

/** Words of the post file's own structure (front matter, variants) and of loading posts. */
export const postsCatalog = defineCatalog({
  en: {
    'strategy.none': 'No strategy found for this post: no `strategy.yaml` or `*.strategy.yaml` in its folder or above, and no `strategy:` in .planrc.yaml. Name it with `--strategy FILE`, or add `strategy: path/to/strategy.yaml` to .planrc.yaml. Only the checks that need no strategy were made.',
    'strategy.several': 'Several strategies could own this post ({files} in {folder}). Name one with `--strategy FILE`, or add `strategy: {first}` to a .planrc.yaml next to the posts. Only the checks that need no strategy were made.',
    'strategy.invalid': 'The strategy of this post, {file}, has errors, so the post was not checked against it. Run `plan validate {file}` and fix them first.',
    'strategy.unreadable': 'The strategy of this post, {file}, cannot be read: {reason}. Fix the path (`--strategy`, or `strategy:` in .planrc.yaml).',
    'syntax.empty': 'The post file is empty. Start it with a front matter between two `---` lines (platforms, date, pillar, status), then the text.',
    'syntax.noFrontMatter': 'A post file starts with a line `---`, its fields (platforms, date, pillar, status...), and another line `---`; the text comes after. Add the front matter at the top.',
    'syntax.unclosedFrontMatter': 'The front matter opened here is never closed. Add a line `---` after the last field, before the text.',
    'syntax.frontMatterNotMap': 'The front matter must be fields (`platforms: [instagram]`, `date: 2027-01-12`...), not {actual}.',
    'syntax.actual.list': 'a list',
    'syntax.actual.null': 'an empty value',
    'syntax.actual.scalar': 'a single value ({value})',
    'syntax.unclosedVariant': 'The `{platform}` variant opened here is never closed. Add a line `:::` after its text.',
    'syntax.strayClose': 'This `:::` closes no variant. A variant opens with `::: platform` (for example `::: x`) and closes with `:::`.',
    'syntax.badMarker': 'A line that starts with `:::` opens a platform variant (`::: x`, one platform id) or closes one (`:::`). Write it so, or do not start the line with `:::`.',
    'syntax.textAfterVariant': 'This text is after the platform variants, so no platform publishes it. Move it above the first `::: platform` line, or into a variant.',
    'syntax.duplicateVariant': 'A second `{platform}` variant: only the first one is published. Merge them into one.',
    'syntax.emptyVariant': 'The `{platform}` variant is empty, so `{platform}` would publish nothing. Write its text, or remove the variant.',
  },
  fr: {
    'strategy.none': 'Aucune stratégie trouvée pour cette publication : pas de `strategy.yaml` ni de `*.strategy.yaml` dans son dossier ou au-dessus, et pas de `strategy:` dans .planrc.yaml. Nommez-la avec `--strategy FICHIER`, ou ajoutez `strategy: chemin/vers/strategy.yaml` à .planrc.yaml. Seules les vérifications qui n’ont pas besoin de stratégie ont été faites.',
    'strategy.several': 'Plusieurs stratégies pourraient être celle de cette publication ({files} dans {folder}). Nommez-en une avec `--strategy FICHIER`, ou ajoutez `strategy: {first}` à un .planrc.yaml à côté des publications. Seules les vérifications qui n’ont pas besoin de stratégie ont été faites.',
    'strategy.invalid': 'La stratégie de cette publication, {file}, a des erreurs : la publication n’a pas été vérifiée selon elle. Lancez `plan validate {file}` et corrigez-les d’abord.',
    'strategy.unreadable': 'La stratégie de cette publication, {file}, est illisible : {reason}. Corrigez le chemin (`--strategy`, ou `strategy:` dans .planrc.yaml).',
    'syntax.empty': 'Le fichier de publication est vide. Commencez-le par un en-tête entre deux lignes `---` (plateformes, date, pilier, statut), puis le texte.',
    'syntax.noFrontMatter': 'Un fichier de publication commence par une ligne `---`, ses champs (platforms, date, pillar, status...) et une autre ligne `---`; le texte vient après. Ajoutez l’en-tête en haut du fichier.',
    'syntax.unclosedFrontMatter': 'L’en-tête ouvert ici n’est jamais fermé. Ajoutez une ligne `---` après le dernier champ, avant le texte.',
    'syntax.frontMatterNotMap': 'L’en-tête doit être fait de champs (`platforms: [instagram]`, `date: 2027-01-12`...), pas {actual}.',
    'syntax.actual.list': 'une liste',
    'syntax.actual.null': 'une valeur vide',
    'syntax.actual.scalar': 'une valeur seule ({value})',
    'syntax.unclosedVariant': 'La variante `{platform}` ouverte ici n’est jamais fermée. Ajoutez une ligne `:::` après son texte.',
    'syntax.strayClose': 'Ce `:::` ne ferme aucune variante. Une variante s’ouvre par `::: plateforme` (par exemple `::: x`) et se ferme par `:::`.',
    'syntax.badMarker': 'Une ligne qui commence par `:::` ouvre une variante de plateforme (`::: x`, un seul identifiant) ou en ferme une (`:::`). Écrivez-la ainsi, ou ne commencez pas la ligne par `:::`.',
    'syntax.textAfterVariant': 'Ce texte est après les variantes de plateforme : aucune plateforme ne le publie. Placez-le avant la première ligne `::: plateforme`, ou dans une variante.',
    'syntax.duplicateVariant': 'Une deuxième variante `{platform}` : seule la première est publiée. Fusionnez-les.',
    'syntax.emptyVariant': 'La variante `{platform}` est vide : `{platform}` ne publierait rien. Écrivez son texte, ou retirez la variante.',
  },
});

export type PostsKey = keyof (typeof postsCatalog)['en'];
