import { salesforce } from 'connectors/salesforce';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCrm } from '../../content/startCrm';
import { siteEnabled } from '../../options/connectors/siteSwitches';

export default defineContentScript({
  matches: salesforce.matches,
  runAt: 'document_idle',
  // Switched off in options (Connectors): one storage read, then nothing at all.
  main: async (ctx) => {
    if (await siteEnabled(salesforce.id)) await startCrm(ctx, salesforce);
  },
});
