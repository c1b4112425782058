import { salesforce } from 'connectors/salesforce';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runCrmConnector } from '../../content/crmRuntime';
import { applyLocalePreference } from '../../lib/localePref';

export default defineContentScript({
  matches: salesforce.matches,
  runAt: 'document_idle',
  async main(ctx) {
    await applyLocalePreference();
    runCrmConnector(ctx, salesforce);
  },
});
