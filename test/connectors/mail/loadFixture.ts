import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import type { Recipients } from 'connectors/types';

export interface ComposeExpectation extends Recipients {
  /** The subject's value, or null where the compose has no subject field (inline replies). */
  subject: string | null;
}

export interface FixtureExpectation {
  url: string;
  composes: ComposeExpectation[];
}

const fixturesDir = new URL('../../fixtures/', import.meta.url);

export function expectationsOf(site: string): Record<string, FixtureExpectation> {
  return JSON.parse(readFileSync(new URL(`${site}/expectations.json`, fixturesDir), 'utf8')) as Record<string, FixtureExpectation>;
}

export interface LoadedPage {
  window: Window;
  document: Document;
  url: URL;
}

/** Loads a fixture into happy-dom at its real URL; srcdoc iframes (the sites' same-origin frames) load too. */
export async function loadFixture(site: string, file: string, url: string): Promise<LoadedPage> {
  const html = readFileSync(new URL(`${site}/${file}`, fixturesDir), 'utf8');
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(html);
  await window.happyDOM.waitUntilComplete();
  return { window, document: window.document as unknown as Document, url: new URL(url) };
}
