import type { Figure } from './lib';

const cell = (n: number | undefined, unit: string) => (n === undefined || Number.isNaN(n) ? '' : `${n} ${unit}`);

/** The Markdown table of bench/results.md: one row per figure, then the notes and any failures. */
export function resultsTable(figures: readonly Figure[], failures: readonly string[], when: string): string {
  const rows = figures.map((f) => {
    const goal = f.goal ? `${f.goal}${f.meetsGoal === undefined ? '' : f.meetsGoal ? ' ✓' : ' ✗'}` : '';
    const floor = f.floor === undefined ? '' : `${f.floor} ${f.unit === '%' ? 'ms' : f.unit} (${f.floorName ?? 'floor'})`;
    return `| ${f.name} | ${cell(f.value, f.unit)} | ${cell(f.p95, f.unit)} | ${floor} | ${f.ratio === undefined ? '' : `${f.ratio}×`} | ${goal} |`;
  });
  const notes = figures.filter((f) => f.note).map((f) => `- ${f.note}`);
  return [
    `Measured ${when} with \`npm run bench\` (headless Chromium, the built extension).`,
    '',
    '| measure | value (p50) | p95 | floor, same run | ratio | goal |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    'Notes:',
    ...notes,
    ...failures.map((f) => `- ✘ ${f}`),
    '',
  ].join('\n');
}
