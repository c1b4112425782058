/** A bucket of days overdue: `from`..`to` inclusive; `from` null means "everything up to `to`", `to` null open-ended. */
export interface BucketDef {
  id: string;
  /** Lowest days overdue in the bucket (inclusive); null for "not yet due" and everything below. */
  from: number | null;
  /** Highest days overdue (inclusive); null for open-ended. */
  to: number | null;
}

/** current (due today or later) / 1–30 / 31–60 / 61–90 / 90+. */
export const DEFAULT_BUCKETS: readonly BucketDef[] = [
  { id: 'current', from: null, to: 0 },
  { id: '1-30', from: 1, to: 30 },
  { id: '31-60', from: 31, to: 60 },
  { id: '61-90', from: 61, to: 90 },
  { id: '90+', from: 91, to: null },
];

/**
 * Builds contiguous buckets from ascending upper bounds of days overdue: `[30, 60, 90]` gives the default
 * set, `[15, 45]` gives current / 1-15 / 16-45 / 45+. Throws on bounds that are not ascending positive integers.
 */
export function bucketsFromBoundaries(bounds: readonly number[]): BucketDef[] {
  let previous = 0;
  const out: BucketDef[] = [{ id: 'current', from: null, to: 0 }];
  for (const bound of bounds) {
    if (!Number.isInteger(bound) || bound <= previous) {
      throw new RangeError(`bucket bounds must be ascending positive integers, got ${bounds.join(',')}`);
    }
    out.push({ id: `${previous + 1}-${bound}`, from: previous + 1, to: bound });
    previous = bound;
  }
  out.push({ id: `${previous}+`, from: previous + 1, to: null });
  return out;
}

/**
 * Problems with a bucket set (empty list when it is usable): every whole number of days must fall in exactly
 * one bucket, so the first starts at null, the last ends at null, and each starts one day after the previous ends.
 */
export function bucketProblems(buckets: readonly BucketDef[]): string[] {
  const problems: string[] = [];
  if (buckets.length === 0) return ['no buckets'];
  if (buckets[0]!.from !== null) problems.push(`first bucket "${buckets[0]!.id}" must start at null`);
  if (buckets[buckets.length - 1]!.to !== null)
    problems.push(`last bucket "${buckets[buckets.length - 1]!.id}" must be open-ended`);
  const ids = new Set<string>();
  for (let i = 0; i < buckets.length; i++) {
    const b = buckets[i]!;
    if (ids.has(b.id)) problems.push(`duplicate bucket id "${b.id}"`);
    ids.add(b.id);
    if (b.from !== null && b.to !== null && b.from > b.to) problems.push(`bucket "${b.id}" is empty`);
    const next = buckets[i + 1];
    if (next && (b.to === null || next.from !== b.to + 1))
      problems.push(`gap or overlap between "${b.id}" and "${next.id}"`);
  }
  return problems;
}

export function bucketIndex(daysOverdue: number, buckets: readonly BucketDef[]): number {
  for (let i = 0; i < buckets.length; i++) {
    const b = buckets[i]!;
    if ((b.from === null || daysOverdue >= b.from) && (b.to === null || daysOverdue <= b.to)) return i;
  }
  return buckets.length - 1;
}
