import { outlook } from 'connectors/outlook';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startMail } from '../../content/startMail';
import { siteEnabled } from '../../options/connectors/siteSwitches';

export default defineContentScript({
  matches: outlook.matches,
  runAt: 'document_idle',
  // Switched off in options (Connectors): one storage read, then nothing at all.
  main: async (ctx) => {
    if (await siteEnabled(outlook.id)) await startMail(ctx, outlook);
  },
});
