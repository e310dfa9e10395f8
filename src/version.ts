declare const __PLAN_VERSION__: string;

/** The package version, inlined at build time (no package.json read at start-up). */
export const VERSION: string = typeof __PLAN_VERSION__ === 'string' ? __PLAN_VERSION__ : '0.0.0-dev';
