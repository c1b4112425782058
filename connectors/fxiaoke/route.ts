import { ACCOUNT_LIST_HASH, ACCOUNT_OBJECT, APP_PATH, DETAIL_HASH, OBJECTS_WITH_CUSTOMER } from './selectors';

export type FxRoute =
  | { kind: 'account'; recordId: string }
  | { kind: 'related'; objectApiName: string; recordId: string }
  | { kind: 'account-list' };

/** The route of a 纷享销客 URL that can show a customer, or null. Pure and cheap. */
export function fxiaokeRoute(url: URL): FxRoute | null {
  if (!APP_PATH.test(url.pathname)) return null;
  const detail = DETAIL_HASH.exec(url.hash);
  if (detail) {
    const objectApiName = detail[1]!;
    const recordId = detail[2]!.toLowerCase();
    if (objectApiName === ACCOUNT_OBJECT) return { kind: 'account', recordId };
    return OBJECTS_WITH_CUSTOMER.includes(objectApiName) ? { kind: 'related', objectApiName, recordId } : null;
  }
  return ACCOUNT_LIST_HASH.test(url.hash) ? { kind: 'account-list' } : null;
}
