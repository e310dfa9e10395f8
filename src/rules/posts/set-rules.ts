// The rules over all the posts of one strategy at once (the mix), apart from the per-post rules.
import type { PostSetRule } from '../../posts/types.js';
import { postCadence } from './cadence.js';
import { postPillarMix } from './pillar-mix.js';

export const POST_SET_RULES: readonly PostSetRule[] = [postPillarMix, postCadence] as PostSetRule[];
