// Types for bench/corpus.mjs, used by the tests that check the fast path on the corpus.
export interface CorpusFile {
  name: string;
  text: string;
  valid: boolean;
  mutation?: string;
}
export function prng(seed: number): {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(list: readonly T[]): T;
  some<T>(list: readonly T[], lo: number, hi: number): T[];
  chance(p: number): boolean;
};
export function generateCorpus(options?: { seed?: number; valid?: number; invalid?: number }): Promise<CorpusFile[]>;
export function writeCorpus(dir?: string, options?: { seed?: number; valid?: number; invalid?: number }): Promise<{ dir: string; files: CorpusFile[] }>;
