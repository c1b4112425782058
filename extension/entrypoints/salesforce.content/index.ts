import { salesforce } from 'connectors/salesforce';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCrm } from '../../content/startCrm';

export default defineContentScript({
  matches: salesforce.matches,
  runAt: 'document_idle',
  main: (ctx) => startCrm(ctx, salesforce),
});
