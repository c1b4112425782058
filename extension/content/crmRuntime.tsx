import type { Connector, CrmIdentity } from 'connectors/types';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../lib/sendMessage';
import type { LookupResult } from '../messaging';
import { Badge, type BadgeState } from '../ui/Badge';
import badgeCss from '../ui/badge.css?inline';
import panelCss from '../ui/panel/panel.css?inline';
import reminderCss from '../ui/reminder/reminder.css?inline';
import { HOST_TAG, type ShadowHost, createShadowHost, placeHost } from './shadowHost';
import { identityKey } from './identityKey';

interface Mounted {
  key: string;
  identity: CrmIdentity;
  shadow: ShadowHost;
  abort: AbortController;
  state: BadgeState;
}

/** Minimum gap between two DOM evaluations while no badge shows; later mutations wait for the next frame. */
const FRAME_MS = 16;
/** Once a badge shows for the current URL, a busy page is re-checked at most this often (it may still swap the record in place). */
const SETTLED_MS = 250;

function isOwnMutation(r: MutationRecord): boolean {
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n.nodeName === HOST_TAG.toUpperCase());
}

/**
 * Keeps exactly one badge in sync with the record a CRM page shows. Does nothing at all (no observer, no
 * DOM reads) while the URL is not a record page of the connector; re-evaluates on SPA navigation and when
 * the page renders, and aborts a lookup whose record is no longer shown.
 */
export function runCrmConnector(ctx: ContentScriptContext, connector: Connector): void {
  let mounted: Mounted | undefined;
  let observer: MutationObserver | undefined;
  let mountedHref = '';
  let timer = 0;
  let lastRun = 0;
  let frame = 0;

  const unmount = () => {
    if (!mounted) return;
    mounted.abort.abort();
    render(null, mounted.shadow.mount);
    mounted.shadow.remove();
    mounted = undefined;
  };

  const paint = (m: Mounted) => {
    render(
      <Badge
        state={m.state}
        now={Date.now()}
        onRetry={() => lookup(m)}
        onOpenImport={() => void sendMessage({ type: 'openOptions', section: 'data' })}
        onLink={(customerId) => link(m, customerId)}
      />,
      m.shadow.mount,
    );
  };

  const settle = (m: Mounted, request: Promise<LookupResult>) => {
    request.then(
      (result) => {
        if (m.abort.signal.aborted || mounted !== m) return;
        m.state = { kind: 'result', result };
        paint(m);
      },
      (error: unknown) => {
        if (m.abort.signal.aborted || mounted !== m) return;
        m.state = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
        paint(m);
      },
    );
  };

  const lookup = (m: Mounted) => {
    m.state = { kind: 'loading' };
    paint(m);
    settle(m, sendMessage({ type: 'lookup', identity: m.identity }));
  };

  const link = (m: Mounted, customerId: string) => {
    if (!m.identity.recordId) return;
    settle(m, sendMessage({ type: 'link', system: m.identity.system, recordId: m.identity.recordId, customerId, identity: m.identity }));
  };

  const evaluate = () => {
    window.clearTimeout(timer);
    timer = 0;
    frame = 0;
    lastRun = performance.now();
    if (ctx.isInvalid) return;
    const url = new URL(location.href);
    if (!connector.isRecordPage(url)) {
      stopObserving();
      unmount();
      return;
    }
    startObserving();
    const identity = connector.identify(document, url);
    if (!identity) {
      unmount();
      return;
    }
    const key = identityKey(identity);
    if (mounted?.key === key) {
      mountedHref = location.href;
      // The SPA may have re-rendered the header and dropped our host: put it back, keep the result.
      if (!mounted.shadow.host.isConnected) placeHost(mounted.shadow.host, connector.anchor(document, url), document);
      return;
    }
    unmount();
    for (const stray of document.querySelectorAll(HOST_TAG)) stray.remove();
    const shadow = createShadowHost(document, `${badgeCss}\n${panelCss}\n${reminderCss}`, key);
    placeHost(shadow.host, connector.anchor(document, url), document);
    mounted = { key, identity, shadow, abort: new AbortController(), state: { kind: 'loading' } };
    mountedHref = location.href;
    lookup(mounted);
  };

  const settled = () => mounted !== undefined && mounted.shadow.host.isConnected && location.href === mountedHref;

  const schedule = () => {
    if (settled()) {
      if (!timer) timer = window.setTimeout(evaluate, SETTLED_MS);
    } else if (!frame) {
      if (performance.now() - lastRun >= FRAME_MS) evaluate();
      else frame = requestAnimationFrame(evaluate);
    }
  };

  const onMutations = (records: MutationRecord[]) => {
    // Our own host being inserted or removed is not a reason to look again.
    if (records.every(isOwnMutation)) return;
    schedule();
  };

  function startObserving() {
    if (observer) return;
    observer = new MutationObserver(onMutations);
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  function stopObserving() {
    observer?.disconnect();
    observer = undefined;
  }

  ctx.addEventListener(window, 'wxt:locationchange', () => evaluate());
  if (connector.navigation === 'hash') ctx.addEventListener(window, 'hashchange', () => evaluate());
  ctx.onInvalidated(() => {
    stopObserving();
    unmount();
  });
  evaluate();
}
