import type { MailConnector } from 'connectors/types';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { applyLocalePreference } from '../lib/localePref';
import { runMailConnector } from './mailRuntime';

/** The whole body of a webmail content script: language first, then the compose buttons of its connector. */
export async function startMail(ctx: ContentScriptContext, connector: MailConnector): Promise<void> {
  await applyLocalePreference();
  runMailConnector(ctx, connector);
}
