import { mail163 } from 'connectors/mail163';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startMail } from '../../content/startMail';
import { siteEnabled } from '../../options/connectors/siteSwitches';

export default defineContentScript({
  matches: mail163.matches,
  runAt: 'document_idle',
  // Switched off in options (Connectors): one storage read, then nothing at all.
  main: async (ctx) => {
    if (await siteEnabled(mail163.id)) await startMail(ctx, mail163);
  },
});
