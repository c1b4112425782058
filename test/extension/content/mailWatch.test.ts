import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { COMPOSE_HOST_TAG, watchMailDocument } from '../../../extension/content/mailWatch';

function page() {
  const window = new Window({ url: 'https://mail.163.com/js6/main.jsp' });
  const document = window.document as unknown as Document;
  document.body.innerHTML = '<div id="app"></div>';
  return { window, document };
}

describe('watchMailDocument', () => {
  it('coalesces a burst of mutations into one look per animation frame', async () => {
    const { window, document } = page();
    let looks = 0;
    const watch = watchMailDocument(document, () => looks++);
    watch.refresh();
    // Separate microtasks: each delivers its own MutationObserver callback, all before the next frame.
    let callbacks = 0;
    new window.MutationObserver(() => callbacks++).observe(window.document.body, { childList: true, subtree: true });
    for (let i = 0; i < 30; i++) {
      document.getElementById('app')!.append(document.createElement('div'));
      for (let k = 0; k < 5; k++) await Promise.resolve();
    }
    await window.happyDOM.waitUntilComplete();
    expect(callbacks).toBeGreaterThan(1);
    await window.happyDOM.waitUntilComplete();
    expect(looks).toBe(1);
    document.body.append(document.createElement('section'));
    await window.happyDOM.waitUntilComplete();
    expect(looks).toBe(2);
    watch.stop();
    await window.happyDOM.close();
  });

  it('ignores its own hosts coming and going, and nothing after stop', async () => {
    const { window, document } = page();
    let looks = 0;
    const watch = watchMailDocument(document, () => looks++);
    watch.refresh();
    const host = document.createElement(COMPOSE_HOST_TAG);
    document.body.append(host);
    await window.happyDOM.waitUntilComplete();
    host.remove();
    await window.happyDOM.waitUntilComplete();
    expect(looks).toBe(0);
    watch.stop();
    document.body.append(document.createElement('div'));
    await window.happyDOM.waitUntilComplete();
    expect(looks).toBe(0);
    await window.happyDOM.close();
  });
});
