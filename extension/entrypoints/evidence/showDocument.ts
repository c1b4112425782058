import type { Locale } from '../../i18n';

const PRINT = { en: 'Print / save as PDF', zh_CN: '打印 / 另存为 PDF' };
const NOT_FOUND = { en: 'No such customer in the ledger.', zh_CN: '台账中没有这个客户。' };

/**
 * Replaces this page's document with the evidence pack. DOMParser makes an inert document (no script runs,
 * nothing is fetched); its nodes are adopted, so no HTML string is ever assigned to the live page.
 */
export function showEvidenceDocument(html: string | null, locale: Locale): void {
  if (html === null) {
    const status = document.getElementById('status');
    if (status) {
      status.textContent = NOT_FOUND[locale];
      status.setAttribute('role', 'alert');
    }
    return;
  }
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  // The pack's CSP meta is for a saved copy of the file; this page runs under the extension's CSP.
  for (const meta of parsed.querySelectorAll('meta[http-equiv]')) meta.remove();
  document.title = parsed.title;
  document.documentElement.lang = parsed.documentElement.lang;
  document.head.replaceChildren(...[...parsed.head.childNodes].map((n) => document.adoptNode(n)));
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.adoptNode(n)));

  const style = document.createElement('style');
  style.textContent =
    '.print-bar{position:sticky;top:0;display:flex;justify-content:flex-end;padding:2mm 0;background:#fff}' +
    '.print-bar button{font:inherit;padding:2mm 4mm;cursor:pointer}' +
    '.print-bar button:focus-visible{outline:2px solid #0b5cad;outline-offset:2px}' +
    '@media print{.print-bar{display:none}}';
  document.head.append(style);
  const bar = document.createElement('div');
  bar.className = 'print-bar';
  const button = document.createElement('button');
  button.type = 'button';
  button.id = 'print';
  button.textContent = PRINT[locale];
  button.addEventListener('click', () => window.print());
  bar.append(button);
  document.body.prepend(bar);
}
