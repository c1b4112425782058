import { gmail } from 'connectors/gmail';
import { mail163 } from 'connectors/mail163';
import { outlook } from 'connectors/outlook';
import { qqmail } from 'connectors/qqmail';
import { matchesAny } from 'connectors/matchPattern';
import type { ComposeHandle, MailConnector } from 'connectors/types';
import { afterEach, describe, expect, it } from 'vitest';
import { expectationsOf, type LoadedPage, loadFixture } from './loadFixture';

const sites: { folder: string; connector: MailConnector }[] = [
  { folder: 'gmail', connector: gmail },
  { folder: 'outlook', connector: outlook },
  { folder: 'qqmail', connector: qqmail },
  { folder: 'mail163', connector: mail163 },
];

const TEXT = '第一行\nSecond line';

const open: LoadedPage[] = [];
async function load(folder: string, file: string, url: string): Promise<LoadedPage> {
  const page = await loadFixture(folder, file, url);
  open.push(page);
  return page;
}
afterEach(async () => {
  for (const page of open.splice(0)) await page.window.happyDOM.close();
});

function bodyOf(c: ComposeHandle): HTMLElement {
  const body = c.body();
  if (!body) throw new Error('compose has no body');
  return body;
}

function firstText(node: Node, minLength: number): Text | null {
  if (node.nodeType === 3 && (node.nodeValue ?? '').length >= minLength) return node as Text;
  for (let c = node.firstChild; c; c = c.nextSibling) {
    const t = firstText(c, minLength);
    if (t) return t;
  }
  return null;
}

function setCaret(node: Node, offset: number): void {
  const doc = node.ownerDocument;
  if (!doc) throw new Error('detached node');
  const range = doc.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Counts the events of the given types reaching `el`. */
function countEvents(el: Element, types: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of types) {
    counts[t] = 0;
    el.addEventListener(t, () => {
      counts[t] = (counts[t] ?? 0) + 1;
    });
  }
  return counts;
}

/** Makes every HTML-string sink throw, as Gmail's Trusted Types enforcement does, in each given window. */
function forbidHtmlSinks(elements: Element[]): () => void {
  const restore: (() => void)[] = [];
  const patch = (proto: object, name: string, descriptor: PropertyDescriptor) => {
    const original = Object.getOwnPropertyDescriptor(proto, name);
    if (!original) return;
    Object.defineProperty(proto, name, { ...original, ...descriptor });
    restore.push(() => Object.defineProperty(proto, name, original));
  };
  const thrower = () => {
    throw new TypeError("This document requires 'TrustedHTML' assignment.");
  };
  const seen = new Set<object>();
  for (const el of elements) {
    for (let proto = Object.getPrototypeOf(el); proto && !seen.has(proto); proto = Object.getPrototypeOf(proto)) {
      seen.add(proto);
      patch(proto, 'innerHTML', { set: thrower });
      patch(proto, 'outerHTML', { set: thrower });
      patch(proto, 'insertAdjacentHTML', { value: thrower });
    }
    const view = el.ownerDocument.defaultView;
    if (view && !seen.has(view.Range.prototype)) {
      seen.add(view.Range.prototype);
      patch(view.Range.prototype, 'createContextualFragment', { value: thrower });
    }
  }
  return () => {
    for (const r of restore.reverse()) r();
  };
}

describe.each(sites)('$folder compose contract', ({ folder, connector }) => {
  const expectations = Object.entries(expectationsOf(folder));
  const positives = expectations.filter(([, e]) => e.composes.length > 0);
  const negatives = expectations.filter(([, e]) => e.composes.length === 0);

  it('has at least three compose fixtures and two negative ones', () => {
    expect(positives.length).toBeGreaterThanOrEqual(3);
    expect(negatives.length).toBeGreaterThanOrEqual(2);
  });

  describe.each(positives)('%s', (file, expected) => {
    it('is served by this connector at its URL', () => {
      const url = new URL(expected.url);
      expect(matchesAny(connector.matches, url)).toBe(true);
      expect(connector.isRecordPage(url)).toBe(true);
    });

    it('finds every compose with its recipients, toolbar, body and subject', async () => {
      const page = await load(folder, file, expected.url);
      const composes = connector.findComposes(page.document);
      expect(composes).toHaveLength(expected.composes.length);
      composes.forEach((c, i) => {
        const want = expected.composes[i];
        expect(c.recipients()).toEqual({ to: want?.to, cc: want?.cc, bcc: want?.bcc });
        const toolbar = c.toolbar();
        expect(toolbar).not.toBeNull();
        expect(c.root.contains(toolbar)).toBe(true);
        expect(c.body()).not.toBeNull();
        expect(c.subject()).toBe(want?.subject ?? '');
      });
      const emails = [...new Set(expected.composes.flatMap((c) => [...c.to, ...c.cc, ...c.bcc]))];
      expect(connector.identify(page.document, page.url)).toEqual({ system: connector.id, objectType: 'compose', emails, confidence: 'dom' });
      expect(connector.anchor(page.document, page.url)).toBeNull();
    });

    it('inserts at the end when the caret is not in the body, firing one input event', async () => {
      const page = await load(folder, file, expected.url);
      for (const c of connector.findComposes(page.document)) {
        const body = bodyOf(c);
        const before = c.bodyText();
        const counts = countEvents(body, ['input', 'keydown', 'keyup']);
        page.document.getSelection()?.removeAllRanges();
        c.insertText(TEXT);
        const after = c.bodyText();
        expect(after.startsWith(before)).toBe(true);
        // At the end of a non-empty body the text starts on its own line when the body ends with a block.
        expect(after.slice(before.length).replace(/^\n+/, '')).toBe(TEXT);
        expect(counts.input).toBe(1);
        expect(counts.keydown).toBe(connector.id === 'gmail' ? 1 : 0);
      }
    });

    it('inserts at the caret when the caret is in the body, and leaves the caret after the text', async () => {
      const page = await load(folder, file, expected.url);
      for (const c of connector.findComposes(page.document)) {
        const body = bodyOf(c);
        const before = c.bodyText();
        const node = firstText(body, 2);
        let expectedText: string;
        let caretAt: number;
        if (node) {
          caretAt = before.indexOf(node.data.replace(/\u00a0/g, ' ')) + 2;
          setCaret(node, 2);
          expectedText = before.slice(0, caretAt) + TEXT + before.slice(caretAt);
        } else {
          caretAt = 0;
          setCaret(body, 0);
          expectedText = TEXT;
        }
        const counts = countEvents(body, ['input']);
        c.insertText(TEXT);
        expect(c.bodyText()).toBe(expectedText);
        c.insertText('✓');
        const end = caretAt + TEXT.length;
        expect(c.bodyText()).toBe(`${expectedText.slice(0, end)}✓${expectedText.slice(end)}`);
        expect(counts.input).toBe(2);
      }
    });

    it('never uses an HTML string sink while inserting', async () => {
      const page = await load(folder, file, expected.url);
      for (const c of connector.findComposes(page.document)) {
        const body = bodyOf(c);
        const restore = forbidHtmlSinks([body, page.document.body]);
        try {
          expect(() => {
            body.innerHTML = '<b>x</b>';
          }).toThrow(/TrustedHTML/);
          expect(() => c.insertText(TEXT)).not.toThrow();
        } finally {
          restore();
        }
        expect(c.bodyText().endsWith(TEXT)).toBe(true);
      }
    });

    it('sets the subject through the native setter with input and change, where there is one', async () => {
      const page = await load(folder, file, expected.url);
      connector.findComposes(page.document).forEach((c, i) => {
        const hasSubject = expected.composes[i]?.subject !== null;
        const counts = { input: 0, change: 0 };
        const count = (e: Event) => {
          if ((e.target as Element | null)?.tagName === 'INPUT') counts[e.type as 'input' | 'change'] += 1;
        };
        c.root.addEventListener('input', count);
        c.root.addEventListener('change', count);
        c.setSubject('逾期提醒 Overdue reminder');
        if (hasSubject) {
          expect(c.subject()).toBe('逾期提醒 Overdue reminder');
          expect(counts).toEqual({ input: 1, change: 1 });
        } else {
          expect(c.subject()).toBe('');
          expect(counts).toEqual({ input: 0, change: 0 });
        }
      });
    });
  });

  describe.each(negatives)('%s (no compose)', (file, expected) => {
    it('finds no compose and identifies nothing', async () => {
      const page = await load(folder, file, expected.url);
      expect(connector.isRecordPage(page.url)).toBe(true);
      expect(connector.findComposes(page.document)).toEqual([]);
      expect(connector.identify(page.document, page.url)).toBeNull();
    });
  });

  it('does no DOM work when the URL is not its site', () => {
    const untouchable = new Proxy({} as Document, {
      get() {
        throw new Error('the document was touched');
      },
    });
    const elsewhere = new URL('https://example.com/mail/u/0/#inbox');
    expect(connector.isRecordPage(elsewhere)).toBe(false);
    expect(connector.identify(untouchable, elsewhere)).toBeNull();
  });
});
