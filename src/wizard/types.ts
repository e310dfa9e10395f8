// What every step receives. Steps are plain async functions of this context that return their
// part of the strategy; only the Asker talks to the user.
import type { Strategy } from '../strategy/types.js';
import type { Asker } from './ask.js';

/** A strategy read from a file the user wrote (edit mode) or a template: trust nothing in it. */
export type BaseStrategy = { [K in keyof Strategy]?: unknown };

export interface StepContext {
  ask: Asker;
  /** Values used as defaults: the existing strategy (edit mode) or a template. */
  base?: BaseStrategy;
  now: Date;
  /** Name of the destination folder, the default organization name. */
  folderName: string;
  env: NodeJS.ProcessEnv;
}

export const OPTIONAL_SECTIONS = ['objectives', 'community', 'crisis', 'policy', 'measurement'] as const;
export type OptionalSection = (typeof OPTIONAL_SECTIONS)[number];
