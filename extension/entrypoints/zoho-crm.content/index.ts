import { zohoCrm } from 'connectors/zoho-crm';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCrm } from '../../content/startCrm';
import { siteEnabled } from '../../options/connectors/siteSwitches';

export default defineContentScript({
  matches: zohoCrm.matches,
  // CRM Plus shows CRM inside iframe#crmLoadFrame; the connector identifies inside that frame.
  allFrames: true,
  runAt: 'document_idle',
  // Switched off in options (Connectors): one storage read, then nothing at all.
  main: async (ctx) => {
    if (await siteEnabled(zohoCrm.id)) await startCrm(ctx, zohoCrm);
  },
});
