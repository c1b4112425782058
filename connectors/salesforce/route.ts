import { canonicalSfId } from './ids';
import { CLASSIC_RECORD_PATH, ID_PREFIX, LEGACY_ONE_APP_PATH, LEGACY_SOBJECT_HASH, LIGHTNING_RECORD_PATH } from './selectors';

/** The objects AR Lens reads: accounts, and contacts / opportunities that lead to one. */
export type SfObject = 'Account' | 'Contact' | 'Opportunity';

export interface SfRoute {
  ui: 'lightning' | 'classic';
  objectType: SfObject;
  /** Always the 18-character id. */
  recordId: string;
}

function supported(objectType: string | undefined): objectType is SfObject {
  return objectType === 'Account' || objectType === 'Contact' || objectType === 'Opportunity';
}

function lightning(pathObject: string | undefined, rawId: string): SfRoute | null {
  const recordId = canonicalSfId(rawId);
  const objectType = pathObject ?? ID_PREFIX[rawId.slice(0, 3)];
  if (!recordId || !supported(objectType)) return null;
  return { ui: 'lightning', objectType, recordId };
}

/** The supported record a Salesforce URL shows, or null. Pure and cheap: no DOM. */
export function salesforceRoute(url: URL): SfRoute | null {
  const lx = LIGHTNING_RECORD_PATH.exec(url.pathname);
  if (lx) return lightning(lx[1], lx[2]!);
  if (url.pathname === LEGACY_ONE_APP_PATH) {
    const legacy = LEGACY_SOBJECT_HASH.exec(url.hash);
    return legacy ? lightning(undefined, legacy[1]!) : null;
  }
  const classic = CLASSIC_RECORD_PATH.exec(url.pathname);
  // Classic: accounts only (contacts and opportunities there are out of scope).
  if (classic && ID_PREFIX[classic[1]!.slice(0, 3)] === 'Account') {
    const recordId = canonicalSfId(classic[1]!);
    return recordId ? { ui: 'classic', objectType: 'Account', recordId } : null;
  }
  return null;
}
