import type { Connector } from 'connectors/types';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { applyLocalePreference } from '../lib/localePref';
import { runCrmConnector } from './crmRuntime';

/** The whole body of a CRM content script: language first, then the badge runtime for its connector. */
export async function startCrm(ctx: ContentScriptContext, connector: Connector): Promise<void> {
  await applyLocalePreference();
  runCrmConnector(ctx, connector);
}
