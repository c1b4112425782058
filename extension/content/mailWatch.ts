import { editableFrameBody, frameDocument } from 'connectors/compose';

/** Custom elements AR Lens puts into mail pages; their coming and going is no reason to look again. */
export const COMPOSE_HOST_TAG = 'ar-lens-compose';
export const DIALOG_HOST_TAG = 'ar-lens-dialog';
const OWN = new Set([COMPOSE_HOST_TAG.toUpperCase(), DIALOG_HOST_TAG.toUpperCase()]);
/** Frames inside frames are followed this deep (old QQ Mail: main frame → compose form). */
const MAX_FRAME_DEPTH = 2;

function isOwnMutation(r: MutationRecord): boolean {
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return nodes.length > 0 && nodes.every((n) => OWN.has(n.nodeName));
}

export interface DocumentWatch {
  /** Starts observing (idempotent) and follows same-origin frames that appeared since the last call. */
  refresh(): void;
  /** Asks for a look in the next frame (coalesced with mutations), for changes no mutation shows. */
  schedule(): void;
  stop(): void;
}

/**
 * Watches a mail app for compose windows coming and going: one MutationObserver over the document and every
 * same-origin frame (except editor frames: typing is no reason to look for composes), plus frame loads.
 * However many mutations arrive, `onChange` runs at most once per animation frame.
 */
export function watchMailDocument(doc: Document, onChange: () => void): DocumentWatch {
  let observer: MutationObserver | undefined;
  let frame = 0;
  const observed = new WeakSet<Document>();
  const listening: Document[] = [];
  // The document's own window: a content script's globals and a test's DOM both provide it.
  const view = (doc.defaultView ?? window) as Window & typeof globalThis;

  const fire = () => {
    frame = 0;
    onChange();
  };
  const schedule = () => {
    if (!frame) frame = view.requestAnimationFrame(fire);
  };
  const onMutations = (records: MutationRecord[]) => {
    if (!records.every(isOwnMutation)) schedule();
  };

  const observe = (target: Document) => {
    if (!observer || observed.has(target) || !target.documentElement) return;
    observed.add(target);
    observer.observe(target.documentElement, { childList: true, subtree: true });
    // `load` does not bubble; capturing it on the document catches every iframe (re)load below it.
    target.addEventListener('load', schedule, true);
    listening.push(target);
  };

  const followFrames = (parent: Document, depth: number) => {
    if (depth > MAX_FRAME_DEPTH) return;
    for (const el of parent.querySelectorAll('iframe')) {
      const child = frameDocument(el);
      if (!child || editableFrameBody(el)) continue;
      observe(child);
      followFrames(child, depth + 1);
    }
  };

  return {
    schedule,
    refresh() {
      if (!observer) {
        observer = new view.MutationObserver(onMutations);
        observe(doc);
      }
      followFrames(doc, 1);
    },
    stop() {
      observer?.disconnect();
      observer = undefined;
      for (const d of listening.splice(0)) {
        d.removeEventListener('load', schedule, true);
        observed.delete(d);
      }
      if (frame) view.cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
