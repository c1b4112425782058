import { execSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { type ExtensionSession, launchWithExtension } from '../scripts/browser/launch';

/** One measured figure beside its floor, as bench/results.json records it. */
export interface Figure {
  name: string;
  unit: 'ms' | 'kB' | 'MB' | '%';
  value: number;
  p95?: number;
  floor?: number;
  floorName?: string;
  ratio?: number;
  goal?: string;
  meetsGoal?: boolean;
  note?: string;
}

export const BENCH_OUT = '.output-bench';

/** Builds the extension with the bench page into its own folder. */
export function buildForBench(): void {
  execSync('npx wxt build', { stdio: 'inherit', env: { ...process.env, AR_LENS_BENCH: '1', AR_LENS_OUT_DIR: BENCH_OUT } });
}

export async function launchBench(): Promise<ExtensionSession> {
  process.env.AR_LENS_OUT_DIR = BENCH_OUT;
  return launchWithExtension();
}

export async function openBenchPage(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/bench.html`);
  await page.waitForFunction(() => 'arLensBench' in window);
  return page;
}

export function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
