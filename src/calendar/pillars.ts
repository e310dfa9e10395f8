// Pillar rotation with a guarantee: over the period, each pillar gets its target share of the
// slots to within one post. Quotas come from the largest-remainder method (Hamilton), so every
// quota is the target rounded down or up; the order then follows the largest deficit at each
// step (like smooth weighted round-robin), so pillars interleave instead of coming in blocks.
// Everything is deterministic: ties go to the pillar listed first in the strategy.

export interface PillarWeight {
  id: string;
  share: number;
}

/** How many of `total` slots each pillar gets: floor of its target, plus one for the largest remainders. */
export function pillarQuotas(pillars: readonly PillarWeight[], total: number): number[] {
  const weights = pillars.map((p) => (Number.isFinite(p.share) && p.share > 0 ? p.share : 0));
  const sum = weights.reduce((a, b) => a + b, 0);
  if (pillars.length === 0 || total <= 0) return pillars.map(() => 0);
  // No usable share at all: treat the pillars as equal rather than planning nothing.
  const effective = sum > 0 ? weights : pillars.map(() => 1);
  const effectiveSum = sum > 0 ? sum : pillars.length;
  const targets = effective.map((w) => (w * total) / effectiveSum);
  const quotas = targets.map((t) => Math.floor(t));
  let left = total - quotas.reduce((a, b) => a + b, 0);
  const order = targets
    .map((t, i) => ({ i, remainder: t - Math.floor(t), weight: effective[i]! }))
    .filter((x) => x.weight > 0)
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    quotas[i]! += 1;
    left -= 1;
  }
  return quotas;
}

/** Per-slot constraints: a pillar the slot must have (a key date's), pillars it must not have (blackout). */
export interface PillarConstraints {
  fixed?: readonly (number | undefined)[];
  forbidden?: readonly (ReadonlySet<number> | undefined)[];
}

/**
 * The pillar index for each slot, in slot order, where `groups[k]` is slot k's platform. At each
 * slot, among the pillars that still have room in their overall quota, pick the one furthest
 * behind both overall and on that slot's platform, so each platform's own mix stays close too.
 * Overall counts equal the quotas exactly, so the within-one-post guarantee holds whatever the
 * groups. A slot with a fixed pillar takes it (and uses that pillar's room); a slot never takes a
 * forbidden pillar while another one is possible, even if that puts a pillar one over its quota.
 */
export function assignPillars(pillars: readonly PillarWeight[], groups: readonly number[], constraints: PillarConstraints = {}): number[] {
  const total = groups.length;
  const quotas = pillarQuotas(pillars, total);
  const sum = quotas.reduce((a, b) => a + b, 0);
  if (sum === 0) return [];
  const weights = quotas.map((q) => q / sum);
  const fixed = constraints.fixed ?? [];
  const room = [...quotas];
  for (const f of fixed) if (f !== undefined && f >= 0 && f < room.length) room[f]! -= 1;
  const assigned = quotas.map(() => 0);
  const free = quotas.map(() => 0);
  const sizes = new Map<number, number>();
  for (const g of groups) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  const seen = new Map<number, number>();
  const perGroup = new Map<number, number[]>();
  const out: number[] = [];
  groups.forEach((group, index) => {
    const k = index + 1;
    const kg = (seen.get(group) ?? 0) + 1;
    seen.set(group, kg);
    const mine = perGroup.get(group) ?? quotas.map(() => 0);
    perGroup.set(group, mine);
    const forbidden = constraints.forbidden?.[index];
    const pinned = fixed[index];
    const scoreOf = (i: number) => (quotas[i]! * k) / total - assigned[i]! + weights[i]! * kg - mine[i]!;
    const bestOf = (ok: (i: number) => boolean) => {
      let best = -1;
      let bestScore = -Infinity;
      for (let i = 0; i < quotas.length; i++) {
        if (!ok(i)) continue;
        const score = scoreOf(i);
        if (score > bestScore + 1e-9) {
          best = i;
          bestScore = score;
        }
      }
      return best;
    };
    const hasRoom = (i: number) => free[i]! < room[i]!;
    const allowed = (i: number) => !forbidden?.has(i);
    let best = pinned !== undefined && pinned >= 0 && pinned < quotas.length ? pinned : -1;
    if (best < 0) best = bestOf((i) => hasRoom(i) && allowed(i));
    if (best < 0) best = bestOf((i) => allowed(i) && quotas[i]! > 0);
    if (best < 0) best = bestOf(hasRoom);
    if (best < 0) best = bestOf(() => true);
    if (best !== pinned) free[best]! += 1;
    assigned[best]! += 1;
    mine[best]! += 1;
    out.push(best);
  });
  return out;
}
