import { gmail } from 'connectors/gmail';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startMail } from '../../content/startMail';
import { siteEnabled } from '../../options/connectors/siteSwitches';

export default defineContentScript({
  matches: gmail.matches,
  runAt: 'document_idle',
  // Switched off in options (Connectors): one storage read, then nothing at all.
  main: async (ctx) => {
    if (await siteEnabled(gmail.id)) await startMail(ctx, gmail);
  },
});
