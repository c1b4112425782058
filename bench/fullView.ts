import type { ExtensionSession } from '../scripts/browser/launch';
import { type Figure, openBenchPage, round } from './lib';

/** One customer's full view over 100,000 invoices and 10,000 customers, against a single indexed read. */
export async function runFullViewBench(session: ExtensionSession): Promise<Figure[]> {
  const page = await openBenchPage(session);
  const asOf = new Date().toLocaleDateString('en-CA');
  const run = (customers: number) => page.evaluate(({ customers, asOf }) => window.arLensBench.fullViewBench(customers, 400, asOf), { customers, asOf });
  const small = await run(1000);
  const large = await run(10_000);
  await page.close();
  return [
    {
      name: `full customer view (${large.customers} customers, ${large.invoices} invoices)`,
      unit: 'ms',
      value: round(large.fullViewP50),
      p95: round(large.fullViewP95),
      floor: round(large.floorP50),
      floorName: 'one primary-key read',
      ratio: round(large.fullViewP50 / large.floorP50, 1),
      goal: 'p50 < 2 ms',
      meetsGoal: large.fullViewP50 < 2,
      note: `same view over ${small.customers} customers / ${small.invoices} invoices: p50 ${round(small.fullViewP50)} ms — flat with 10× the data, so it reads by index, not by scan`,
    },
  ];
}
