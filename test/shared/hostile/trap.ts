/**
 * Init script for every page of a hostile e2e test (main world, before any page script): `window.__xss` records
 * each call a payload makes, a CSP violation (an inline script or handler the page refused) is recorded too, and
 * `window.__xssScan()` walks the document, every open shadow root and same-origin iframe for elements the payloads
 * could have created: any `on*` attribute, a `javascript:` URL, an iframe with `srcdoc`, a script mentioning
 * `__xss`. Kept as a string: it runs in the browser, not through the test's compiler.
 */
export const XSS_TRAP = `(() => {
  const calls = [];
  window.__xss = (n) => { calls.push(String(n)); };
  document.addEventListener('securitypolicyviolation', (e) => { calls.push('csp ' + e.violatedDirective + ' ' + (e.sample || '')); }, true);
  window.__xssScan = () => {
    const found = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.getAttributeNames()) {
          const v = el.getAttribute(a) || '';
          if (/^on/i.test(a)) found.push(el.tagName + '[' + a + ']');
          if (/^(href|src|action|formaction|xlink:href|data)$/i.test(a) && /^\\s*javascript:/i.test(v)) found.push(el.tagName + '[' + a + '=javascript:]');
          if (/^style$/i.test(a) && /javascript:/i.test(v)) found.push(el.tagName + '[style javascript:]');
        }
        if (el.tagName === 'SCRIPT' && (el.textContent || '').includes('__xss')) found.push('SCRIPT ' + el.textContent.slice(0, 40));
        if (el.tagName === 'IFRAME' && el.hasAttribute('srcdoc')) found.push('IFRAME[srcdoc]');
        if (el.shadowRoot) visit(el.shadowRoot);
        if (el.tagName === 'IFRAME') { try { if (el.contentDocument) visit(el.contentDocument); } catch (e) { /* cross-origin */ } }
      }
    };
    visit(document);
    return { calls: calls.slice(), found };
  };
})();`;

export interface XssScan {
  calls: string[];
  found: string[];
}
