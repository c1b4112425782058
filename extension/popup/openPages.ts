import { browser } from 'wxt/browser';

export function customerPageUrl(customerId: string): string {
  return browser.runtime.getURL(`/customer.html?id=${encodeURIComponent(customerId)}`);
}

/** Opens the full customer view in a tab and closes the popup (or the lookup window). */
export async function openCustomerPage(customerId: string): Promise<void> {
  await browser.tabs.create({ url: customerPageUrl(customerId) });
  window.close();
}

export async function openImport(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/options.html#data') });
  window.close();
}
