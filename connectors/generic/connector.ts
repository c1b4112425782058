import { matchesAny } from '../matchPattern';
import type { Anchor, Connector, CrmIdentity } from '../types';
import type { GenericSiteConfig } from './config';
import { applyRegex, type Extraction, runExtractor, safeRegExp, urlPart } from './extract';
import { firstRendered } from '../dom';

/** `generic:{id}`: the connector id and the identity `system` of a user-described site. */
export function genericConnectorId(config: Pick<GenericSiteConfig, 'id'>): string {
  return `generic:${config.id}`;
}

export function coversUrl(config: GenericSiteConfig, url: URL): boolean {
  try {
    return matchesAny(config.matches, url);
  } catch {
    return false;
  }
}

/** Record pages: `recordUrl` when set, else the `url` record-id extractor's regex, else every covered page. */
export function isGenericRecordPage(config: GenericSiteConfig, url: URL): boolean {
  if (!coversUrl(config, url)) return false;
  if (config.recordUrl !== undefined) return safeRegExp(config.recordUrl, config.recordUrlFlags)?.test(url.href) ?? false;
  const id = config.recordId;
  if (id?.kind === 'url') return applyRegex(urlPart(url, id.part), id.regex, id.flags, id.group).ok;
  return true;
}

/**
 * The identity from the two extractions: null when neither found anything. Confidence is that of the record id
 * when there is one (it is what a CRM link is made on), else that of the name.
 */
export function identityFrom(system: string, config: GenericSiteConfig, id: Extraction | null, name: Extraction): CrmIdentity | null {
  const source = id?.ok ? id : name.ok ? name : null;
  if (!source) return null;
  const identity: CrmIdentity = { system, confidence: source.confidence };
  if (config.objectType) identity.objectType = config.objectType;
  if (id?.ok) identity.recordId = id.value;
  if (name.ok) identity.name = name.value;
  return identity;
}

export function genericAnchor(config: GenericSiteConfig, doc: Document): Anchor | null {
  if (!config.anchor) return null;
  const el = firstRendered(doc, config.anchor.selector);
  return el ? { el, mode: config.anchor.mode } : null;
}

/** A connector for a site the user described (or a preset). `config` must come from `parseGenericSiteConfig`. */
export function createGenericConnector(config: GenericSiteConfig): Connector {
  const system = genericConnectorId(config);
  return {
    id: system,
    label: config.label,
    kind: 'crm',
    matches: [...config.matches],
    navigation: config.navigation ?? 'pushState',
    isRecordPage: (url) => isGenericRecordPage(config, url),
    identify(doc, url) {
      if (!isGenericRecordPage(config, url)) return null;
      try {
        const id = config.recordId ? runExtractor(config.recordId, doc, url) : null;
        return identityFrom(system, config, id, runExtractor(config.customerName, doc, url));
      } catch {
        return null;
      }
    },
    anchor(doc, url) {
      if (!isGenericRecordPage(config, url)) return null;
      try {
        return genericAnchor(config, doc);
      } catch {
        return null;
      }
    },
  };
}
