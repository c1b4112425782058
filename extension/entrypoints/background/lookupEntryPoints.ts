import { CREDIT_STATUS_LABELS } from 'shared/credit';
import { escapeOmniboxXml, omniboxText } from 'shared/search';
import { type Browser, browser } from 'wxt/browser';
import { localized } from '../../i18n';
import { applyLocalePreference } from '../../lib/localePref';
import { PENDING_LOOKUP_KEY, type PendingLookup } from '../../popup/pendingLookup';
import { t } from '../../popup/messages';
import { fmtMoney } from '../../ui/format';
import { searchCustomers } from './searchHandlers';
import type { Services } from './services';

export const LOOKUP_MENU_ID = 'ar-lens-lookup-credit';
const QUERY_MAX = 200;
const OMNIBOX_LIMIT = 6;

export type LookupOpened = 'popup' | 'window';

/**
 * Shows the lookup for `query` without leaving the page: the toolbar popup where `action.openPopup` works,
 * else a small popup window. The popup reads the query from session storage (it cannot be given a URL).
 */
export async function openLookup(query: string, windowId?: number): Promise<LookupOpened> {
  const q = query.trim().slice(0, QUERY_MAX);
  const pending: PendingLookup = { query: q, at: Date.now() };
  await browser.storage.session.set({ [PENDING_LOOKUP_KEY]: pending });
  try {
    await browser.action.openPopup(windowId === undefined || windowId < 0 ? undefined : { windowId });
    return 'popup';
  } catch {
    await browser.storage.session.remove(PENDING_LOOKUP_KEY);
    await browser.windows.create({
      url: browser.runtime.getURL(`/popup.html?q=${encodeURIComponent(q)}`),
      type: 'popup',
      width: 460,
      height: 600,
      focused: true,
    });
    return 'window';
  }
}

/** What the context menu's onClicked listener runs (exported so tests can run the same path). */
export function onLookupMenuClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<LookupOpened> | undefined {
  if (info.menuItemId !== LOOKUP_MENU_ID) return undefined;
  return openLookup(info.selectionText ?? '', tab?.windowId);
}

function customerUrl(customerId: string): string {
  return browser.runtime.getURL(`/customer.html?id=${encodeURIComponent(customerId)}`);
}

async function openUrl(url: string, disposition: `${Browser.omnibox.OnInputEnteredDisposition}`): Promise<void> {
  if (disposition === 'currentTab') await browser.tabs.update({ url });
  else await browser.tabs.create({ url, active: disposition === 'newForegroundTab' });
}

export interface OmniboxSuggestion {
  /** What the omnibox fills in (and sends back on Enter). */
  content: string;
  /** XML: data escaped, styling from the message. */
  description: string;
  customerId: string;
}

/** The omnibox's suggestions for what was typed after `ar`: the same search as the popup. */
export async function omniboxSuggestions(s: Services, text: string): Promise<OmniboxSuggestion[]> {
  await applyLocalePreference();
  const result = await searchCustomers(s, text.slice(0, QUERY_MAX), OMNIBOX_LIMIT);
  if (result.status !== 'ok') return [];
  return result.hits.map((h) => {
    const available =
      h.credit.available === null || h.credit.currency === null ? t('noLimit') : fmtMoney({ amount: h.credit.available, currency: h.credit.currency });
    const params = { name: omniboxText(h.name), code: h.code ?? '', status: localized(CREDIT_STATUS_LABELS[h.credit.status]), available };
    const escaped = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, escapeOmniboxXml(v)]));
    return { content: omniboxText(h.code ? `${h.name} ${h.code}` : h.name), description: t('omniboxHit', escaped), customerId: h.customerId };
  });
}

function registerOmnibox(s: Services): void {
  // content → customer id of the suggestions last shown, so Enter on one opens that customer.
  let shown = new Map<string, string>();
  browser.omnibox.setDefaultSuggestion({ description: t('omniboxDefault') });
  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    omniboxSuggestions(s, text)
      .then((list) => {
        shown = new Map(list.map((x) => [x.content, x.customerId]));
        suggest(list.map(({ content, description }) => ({ content, description })));
      })
      .catch(() => suggest([]));
  });
  browser.omnibox.onInputEntered.addListener((text, disposition) => {
    void (async () => {
      const known = shown.get(text);
      const top = known ?? (await searchCustomers(s, text.slice(0, QUERY_MAX), 1).then((r) => (r.status === 'ok' ? r.hits[0]?.customerId : undefined)));
      const url = top ? customerUrl(top) : browser.runtime.getURL(`/popup.html?q=${encodeURIComponent(text.slice(0, QUERY_MAX))}`);
      await openUrl(url, disposition);
    })();
  });
}

/**
 * Every way into the quick lookup besides the toolbar button: the context menu on selected text, the
 * omnibox keyword `ar` (manifest `omnibox`) and the shortcut (manifest `commands._execute_action` opens the
 * popup by itself).
 */
export function registerLookupEntryPoints(s: Services): void {
  browser.runtime.onInstalled.addListener(() => {
    // Menus persist across service-worker restarts; (re)create on install and update only.
    browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({ id: LOOKUP_MENU_ID, title: browser.i18n.getMessage('lookupCredit'), contexts: ['selection'] }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    onLookupMenuClicked(info, tab)?.catch(() => undefined);
  });
  registerOmnibox(s);
  // Reachable only from inside the service worker: lets the e2e tests run the menu's code path.
  Object.assign(globalThis, { arLensLookup: { onLookupMenuClicked, openLookup, omniboxSuggestions: (text: string) => omniboxSuggestions(s, text) } });
}
