import type { ExtractionReport, GenericSiteConfig } from 'connectors/generic';
import { browser } from 'wxt/browser';
import type { GenericExtractGlobal } from '../../entrypoints/generic-extract';

export interface OpenTab {
  id: number;
  title: string;
  url: string;
}

/** Open tabs whose address the site's patterns cover (the granted host permission lets us see their URLs). */
export async function tabsMatching(matches: string[]): Promise<OpenTab[]> {
  const tabs = await browser.tabs.query({ url: matches });
  return tabs.flatMap((t) => (t.id !== undefined && t.url ? [{ id: t.id, title: t.title ?? t.url, url: t.url }] : []));
}

export type TestOutcome = { kind: 'report'; report: ExtractionReport } | { kind: 'invalid' } | { kind: 'failed'; reason: string };

/**
 * Runs the site's extractors in a tab: first the bundled extraction (generic-extract.js), then a call that passes
 * the description as an argument, since an injected function cannot close over anything of this page.
 */
export async function testOnTab(tabId: number, config: GenericSiteConfig): Promise<TestOutcome> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/generic-extract.js'] });
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: (description: GenericSiteConfig) => (globalThis as GenericExtractGlobal).arLensTestExtraction?.(description) ?? null,
      args: [config],
    });
    const value = result?.result;
    if (!value) return { kind: 'failed', reason: 'no result' };
    return 'invalid' in value ? { kind: 'invalid' } : { kind: 'report', report: value };
  } catch (error) {
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}
