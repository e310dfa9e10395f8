import { defineRule } from '../types.js';
import type { RuleHit } from '../types.js';
import type { PathSegment } from '../../diagnostics.js';

const LISTS = [
  ['platforms'],
  ['audiences'],
  ['objectives'],
  ['editorial_line', 'pillars'],
] as const;

export const duplicateId = defineRule({
  id: 'refs/duplicate-id',
  category: 'refs',
  severity: 'error',
  sources: [],
  messages: {
    en: {
      rationale: 'Ids within a list must be unique, since other sections refer to them.',
      fix: 'Rename one of the entries, and update the references to it.',
      duplicate: 'The id `{id}` is already used by {list}[{first}]. Give this entry its own id.',
    },
    fr: {
      rationale: 'Les identifiants d’une liste doivent être uniques, puisque d’autres sections y font référence.',
      fix: 'Renommez l’une des entrées, et mettez à jour les références.',
      duplicate: 'L’identifiant `{id}` est déjà utilisé par {list}[{first}]. Donnez un identifiant propre à cette entrée.',
    },
  },
  examples: {
    pass: 'audiences:\n  - id: parents\n    name: Parents\n  - id: students\n    name: Students\n',
    fail: 'audiences:\n  - id: parents\n    name: Parents\n  - id: parents\n    name: Students\n',
    fr: {
      pass: 'audiences:\n  - id: parents\n    name: Parents\n  - id: etudiants\n    name: Étudiants\n',
      fail: 'audiences:\n  - id: parents\n    name: Parents\n  - id: parents\n    name: Étudiants\n',
    },
  },
  check(strategy, { t }) {
    const hits: RuleHit[] = [];
    for (const listPath of LISTS) {
      let list: unknown = strategy;
      for (const seg of listPath) list = (list as Record<string, unknown> | undefined)?.[seg];
      if (!Array.isArray(list)) continue;
      const firstIndex = new Map<string, number>();
      list.forEach((entry: { id?: unknown }, index) => {
        if (typeof entry?.id !== 'string') return;
        const first = firstIndex.get(entry.id);
        if (first === undefined) firstIndex.set(entry.id, index);
        else {
          const path: PathSegment[] = [...listPath, index, 'id'];
          hits.push({ path, message: t('duplicate', { id: entry.id, list: listPath.join('.'), first }) });
        }
      });
    }
    return hits;
  },
});
