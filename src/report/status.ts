// The statuses of an objective, defined once: docs/report.md explains them with these numbers,
// and `--fail-on` ranks them.

/**
 * - reached: the current figure is at or past the target (in the target's direction).
 * - on-track: the share of the way done is at least the share of the time gone, less ON_TRACK_SLACK.
 * - at-risk: not on track, and the pace needed for the rest of the time is more than AT_RISK_PACE
 *   times the pace so far (or the figure has not moved toward the target at all).
 * - behind: not on track, not at risk.
 * - missed: the deadline has passed and the target is not reached.
 * - no-data: the objective has a measure, but the data holds nothing for it in the period.
 * - not-followed: the objective lacks what a program needs (a measure, a numeric baseline and target, a deadline).
 */
export const STATUSES = ['reached', 'on-track', 'behind', 'at-risk', 'missed', 'no-data', 'not-followed'] as const;
export type Status = (typeof STATUSES)[number];

/** How far (as a share of the way, 0.1 = 10 points) the figure may lag the straight line from baseline to target and still be on track. */
export const ON_TRACK_SLACK = 0.1;
/** Needing more than this many times the pace so far to reach the target in time is "at risk". */
export const AT_RISK_PACE = 2;

/** What `--fail-on` accepts, and the statuses each value fails on. */
export const FAIL_ON = { behind: ['behind', 'at-risk', 'missed'], 'at-risk': ['at-risk', 'missed'] } as const satisfies Record<string, readonly Status[]>;
export type FailOn = keyof typeof FAIL_ON;

export function isFailOn(value: string): value is FailOn {
  return Object.hasOwn(FAIL_ON, value);
}

export function fails(status: Status, failOn: FailOn): boolean {
  return (FAIL_ON[failOn] as readonly Status[]).includes(status);
}

export interface StatusInput {
  /** Share of the way from baseline to target, done (1 = reached; negative = went the wrong way). */
  done: number;
  /** Share of the time from the baseline date to the deadline, gone (0 to 1). */
  elapsed: number;
  /** Pace so far and pace needed, in share of the way a day; undefined when no time has passed or none is left. */
  paceSoFar?: number;
  paceNeeded?: number;
  /** True when today is past the deadline. */
  overdue: boolean;
}

export function statusOf({ done, elapsed, paceSoFar, paceNeeded, overdue }: StatusInput): Status {
  if (done >= 1) return 'reached';
  if (overdue) return 'missed';
  if (done >= elapsed - ON_TRACK_SLACK) return 'on-track';
  if (paceSoFar === undefined || paceNeeded === undefined) return 'behind';
  if (paceSoFar <= 0 || paceNeeded > AT_RISK_PACE * paceSoFar) return 'at-risk';
  return 'behind';
}
