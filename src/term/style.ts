// Colour decisions in one place. chalk alone ignores NO_COLOR and TERM=dumb, so we decide here.
import { Chalk, type ChalkInstance } from 'chalk';

export interface ColorInputs {
  /** --color / --no-color, when given. */
  flag?: boolean;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

/** NO_COLOR wins over everything but an explicit --color; FORCE_COLOR forces it on; otherwise only on a terminal. */
export function shouldColor({ flag, isTTY, env }: ColorInputs): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

export function painter(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}
