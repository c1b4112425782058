import { createGenericConnector } from 'connectors/generic';
import type { Connector } from 'connectors/types';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCrm } from '../../content/startCrm';
import { sendMessage } from '../../lib/sendMessage';

/** What the lookup request accepts (extension/protocol/fields.ts); anything else a page shows is left out. */
const RECORD_ID = /^[A-Za-z0-9_.:-]{1,80}$/;
const NAME_MAX = 300;
const TYPE_MAX = 80;

/**
 * A user-described site's identity from whatever the page shows: a record id the protocol would refuse is
 * dropped (the name still matches), an over-long name is cut, so one odd page cannot fail the whole lookup.
 */
function withinProtocol(connector: Connector): Connector {
  return {
    ...connector,
    identify(doc, url) {
      const identity = connector.identify(doc, url);
      if (!identity) return null;
      const { recordId, name, objectType, ...rest } = identity;
      const id = recordId !== undefined && RECORD_ID.test(recordId) ? { recordId } : {};
      const shown = name?.slice(0, NAME_MAX);
      if (!id.recordId && !shown) return null;
      const type = objectType ? { objectType: objectType.slice(0, TYPE_MAX) } : {};
      return { ...rest, ...type, ...id, ...(shown ? { name: shown } : {}) };
    },
  };
}

/**
 * The generic connector's content script. Not in the manifest: the background registers it at runtime for the
 * patterns of each site the user described and granted (dynamicScripts.ts). It asks which description applies to
 * this page and runs the same badge runtime as the built-in CRMs.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main: async (ctx) => {
    // Two sites whose patterns overlap register this file twice; the first copy serves the page.
    const world = globalThis as { arLensGenericRunning?: boolean };
    if (world.arLensGenericRunning) return;
    world.arLensGenericRunning = true;
    const config = await sendMessage({ type: 'genericConfigFor', url: location.href });
    if (!config || ctx.isInvalid) return;
    await startCrm(ctx, withinProtocol(createGenericConnector(config)));
  },
});
