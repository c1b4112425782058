import type { CrmIdentity } from '../types';
import type { GenericSiteConfig } from './config';
import { coversUrl, genericAnchor, genericConnectorId, identityFrom, isGenericRecordPage } from './connector';
import { type Confidence, runExtractor } from './extract';
import { MESSAGES, type Message } from './messages';

export type FieldReport = { found: true; value: string; confidence: Confidence } | { found: false; reason: Message };

/** What "test on this tab" shows: each extractor's finding or the reason it found nothing. */
export interface ExtractionReport {
  /** The site's match patterns cover the address (else `reason` says so and nothing else was tried). */
  coversUrl: boolean;
  isRecordPage: boolean;
  /** Absent when the config has no record-id extractor. */
  recordId?: FieldReport;
  customerName: FieldReport;
  anchor: { found: true; mode: string; tag: string } | { found: false; reason: Message };
  identity: CrmIdentity | null;
  /** Why the page as a whole yields nothing, when it does not. */
  reason?: Message;
}

function report(x: ReturnType<typeof runExtractor>): FieldReport {
  return x.ok ? { found: true, value: x.value, confidence: x.confidence } : { found: false, reason: MESSAGES[x.reason] };
}

/** Runs every extractor of `config` against a page, for the settings page's "test on this tab" button. */
export function testExtraction(config: GenericSiteConfig, doc: Document, url: URL | string): ExtractionReport {
  const u = typeof url === 'string' ? new URL(url) : url;
  const covers = coversUrl(config, u);
  const recordPage = isGenericRecordPage(config, u);
  const id = config.recordId ? runExtractor(config.recordId, doc, u) : null;
  const name = runExtractor(config.customerName, doc, u);
  const anchor = genericAnchor(config, doc);
  const result: ExtractionReport = {
    coversUrl: covers,
    isRecordPage: recordPage,
    customerName: report(name),
    anchor: anchor
      ? { found: true, mode: anchor.mode, tag: anchor.el.tagName.toLowerCase() }
      : { found: false, reason: config.anchor ? MESSAGES.noElement : MESSAGES.anchorNotConfigured },
    identity: recordPage ? identityFrom(genericConnectorId(config), config, id, name) : null,
  };
  if (id) result.recordId = report(id);
  if (!covers) result.reason = MESSAGES.urlNotCovered;
  else if (!recordPage) result.reason = MESSAGES.notRecordPage;
  return result;
}
