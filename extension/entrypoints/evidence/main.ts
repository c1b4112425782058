import { ArLensDb } from 'shared/db';
import { loadEvidencePack } from '../../options/audit/evidenceData';
import { applyLocalePreference } from '../../lib/localePref';
import { getLocale } from '../../i18n';
import { showEvidenceDocument } from './showDocument';

/**
 * The printable evidence pack of one customer: evidence.html?customer=<id>. The document comes from
 * `evidencePackHtml`, which escapes every value from data; it is parsed as an inert document and put in
 * place of this page's, with a Print button (the user saves it as PDF from the print dialog).
 */
applyLocalePreference().then(async () => {
  const customerId = (new URLSearchParams(location.search).get('customer') ?? '').slice(0, 120);
  const locale = getLocale();
  const html = await loadEvidencePack(new ArLensDb(), customerId, locale, Date.now());
  showEvidenceDocument(html, locale);
});
