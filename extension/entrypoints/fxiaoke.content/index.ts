import { fxiaoke } from 'connectors/fxiaoke';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCrm } from '../../content/startCrm';

export default defineContentScript({
  matches: fxiaoke.matches,
  runAt: 'document_idle',
  main: (ctx) => startCrm(ctx, fxiaoke),
});
