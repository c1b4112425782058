import type { ComposeHandle, MailConnector } from 'connectors/types';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../lib/sendMessage';
import { ComposeSession, type DialogRequest } from './mailCompose';
import { type MailDialog, createMailDialog } from './mailDialog';
import { watchMailDocument } from './mailWatch';

/**
 * Gives every open compose window of a webmail app exactly one AR Lens button. Does nothing at all (no observer,
 * no DOM reads) while the URL is not the mail app; otherwise looks for composes at most once per animation frame
 * however busy the page is, and forgets a compose when it closes.
 */
export function runMailConnector(ctx: ContentScriptContext, connector: MailConnector): void {
  // Each compose root gets one session (and so one button) for its whole life.
  let sessions = new WeakMap<Element, ComposeSession>();
  let open: ComposeSession[] = [];
  let roots: Element[] = [];
  let dialog: MailDialog | undefined;

  const env = {
    openDialog(request: DialogRequest) {
      dialog ??= createMailDialog(document);
      dialog.open(request);
    },
    openImport() {
      void sendMessage({ type: 'openOptions', section: 'data' });
    },
    rescan() {
      watch.schedule();
    },
  };

  const closeAll = () => {
    for (const s of open) s.dispose();
    open = [];
    roots = [];
    sessions = new WeakMap();
    dialog?.close();
  };

  const scan = () => {
    if (ctx.isInvalid) return;
    if (!connector.isRecordPage(new URL(location.href))) {
      watch.stop();
      closeAll();
      return;
    }
    watch.refresh();
    const handles: ComposeHandle[] = connector.findComposes(document);
    const live = new Set(handles.map((h) => h.root));
    roots.forEach((root, i) => {
      if (!live.has(root)) {
        open[i]?.dispose();
        sessions.delete(root);
      }
    });
    const nextRoots: Element[] = [];
    const nextOpen: ComposeSession[] = [];
    for (const h of handles) {
      let session = sessions.get(h.root);
      if (session) session.sync(h);
      else {
        session = new ComposeSession(h, env);
        sessions.set(h.root, session);
      }
      nextRoots.push(h.root);
      nextOpen.push(session);
    }
    roots = nextRoots;
    open = nextOpen;
  };

  const watch = watchMailDocument(document, scan);

  ctx.addEventListener(window, 'wxt:locationchange', scan);
  if (connector.navigation === 'hash') ctx.addEventListener(window, 'hashchange', scan);
  ctx.onInvalidated(() => {
    watch.stop();
    closeAll();
  });
  scan();
}
