// Limits of what a strategy may be, in a module of their own (no `yaml`): the fast pass reads them too.

/** Entries a strategy may hold (list items and keys, all levels): about 30 times the largest example. */
export const MAX_ITEMS = 10_000;

/** Each entry takes at least two characters (`-` and a line break, `1,`): shorter texts need no count. */
export const ITEM_SCAN_FROM = 2 * MAX_ITEMS;
