/** Percentile of a sample (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

export async function timeEach<T>(items: readonly T[], run: (item: T) => Promise<unknown> | unknown): Promise<number[]> {
  const times: number[] = [];
  for (const item of items) {
    const t0 = performance.now();
    await run(item);
    times.push(performance.now() - t0);
  }
  return times;
}
