import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import type { CrmIdentity } from 'connectors/types';

/** One row of test/fixtures/<site>/cases.json: a fixture served at a real URL and what a connector must make of it. */
export interface FixtureCase {
  file: string;
  url: string;
  /** Connector id; defaults to the site folder's connector. */
  connector?: string;
  isRecordPage: boolean;
  /** The identity without `system` (the connector's id), or null when the page must identify nothing. */
  identity: Omit<CrmIdentity, 'system'> | null;
  /** True when an anchor must be found, false when the badge floats. */
  anchor: boolean;
  note?: string;
}

const FIXTURES = new URL('../../fixtures/', import.meta.url);

export function readCases(site: string): FixtureCase[] {
  return JSON.parse(readFileSync(new URL(`${site}/cases.json`, FIXTURES), 'utf8')) as FixtureCase[];
}

export function readFixture(site: string, file: string): string {
  return readFileSync(new URL(`${site}/${file}`, FIXTURES), 'utf8');
}

export function readJson(site: string, file: string): unknown {
  return JSON.parse(readFixture(site, file));
}

/** A happy-dom window at `url` holding `html` (no scripts run: fixtures have none). */
export function pageAt(url: string, html = ''): { doc: Document; url: URL; close: () => Promise<void> } {
  const window = new Window({ url });
  if (html !== '') window.document.write(html);
  return {
    doc: window.document as unknown as Document,
    url: new URL(url),
    close: () => window.happyDOM.close(),
  };
}
