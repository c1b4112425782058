import { zohoCrm } from 'connectors/zoho-crm';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCrm } from '../../content/startCrm';

export default defineContentScript({
  matches: zohoCrm.matches,
  // CRM Plus shows CRM inside iframe#crmLoadFrame; the connector identifies inside that frame.
  allFrames: true,
  runAt: 'document_idle',
  main: (ctx) => startCrm(ctx, zohoCrm),
});
