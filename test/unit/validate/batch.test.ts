import { describe, expect, it } from 'vitest';
import { PARALLEL_MIN_FILES, PARALLEL_MIN_FILES_ASKED, workerCount } from '../../../src/validate/batch.js';

describe('workerCount', () => {
  it.each([
    // files, cores, PLAN_JOBS, workers
    [10, 2, undefined, 0],
    [1000, 2, undefined, 0],
    [PARALLEL_MIN_FILES, 1, undefined, 0],
    [PARALLEL_MIN_FILES, 2, undefined, 1],
    [PARALLEL_MIN_FILES * 10, 8, undefined, 3],
    [PARALLEL_MIN_FILES * 2, 8, undefined, 2],
    [PARALLEL_MIN_FILES_ASKED - 1, 2, 2, 0],
    [PARALLEL_MIN_FILES_ASKED, 2, 2, 1],
    [PARALLEL_MIN_FILES_ASKED * 5, 2, 4, 1],
    [PARALLEL_MIN_FILES_ASKED * 5, 8, 4, 3],
    [PARALLEL_MIN_FILES * 5, 8, 1, 0],
  ] as const)('%i files, %i cores, PLAN_JOBS=%s: %i workers', (files, cores, jobs, expected) => {
    expect(workerCount(files, cores, jobs)).toBe(expected);
  });
});
