import { fxiaoke } from 'connectors/fxiaoke';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCrm } from '../../content/startCrm';
import { siteEnabled } from '../../options/connectors/siteSwitches';

export default defineContentScript({
  matches: fxiaoke.matches,
  runAt: 'document_idle',
  // Switched off in options (Connectors): one storage read, then nothing at all.
  main: async (ctx) => {
    if (await siteEnabled(fxiaoke.id)) await startCrm(ctx, fxiaoke);
  },
});
