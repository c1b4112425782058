import {
  addAddresses,
  composeIdentity,
  editableFrameBody,
  editableText,
  emailsIn,
  emptyRecipients,
  fieldAt,
  fieldNamed,
  frameDocument,
  insertTextInto,
  outermost,
  restoreCaret,
  saveCaret,
  setFieldValue,
} from 'connectors/compose';
import type { ComposeHandle, Recipients } from 'connectors/types';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';

const window = new Window({ url: 'https://mail.example.test/' });
const document = window.document as unknown as Document;
afterAll(async () => {
  await window.happyDOM.close();
});

/** Builds an element from markup (test input only; the code under test never parses HTML). */
function el(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  const first = host.firstElementChild;
  if (!(first instanceof window.HTMLElement)) throw new Error('no element');
  return first as unknown as HTMLElement;
}

describe('editableText', () => {
  it.each([
    ['<div>a<br>b</div>', 'a\nb'],
    ['<div><div>a</div><div><br></div><div>b</div></div>', 'a\n\nb'],
    ['<div><div>a<br></div><div>b</div></div>', 'a\nb'],
    ['<div>Hi<div>there</div>end</div>', 'Hi\nthere\nend'],
    ['<div><p>one</p><p>two</p></div>', 'one\ntwo'],
    ['<div>a&nbsp;b<br><br></div>', 'a b'],
    ['<div><br></div>', ''],
    ['<div>x<style>.a{}</style><script>1</script>y</div>', 'xy'],
  ])('%s → %j', (markup, text) => {
    expect(editableText(el(markup))).toBe(text);
  });
});

describe('insertTextInto', () => {
  const lines = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '\n', '第', '行', '.', '@') });

  it.each(['br', 'div'] as const)('puts any text into a blank %s-mode body so that it reads back unchanged', (mode) => {
    fc.assert(
      fc.property(lines, (text) => {
        const body = el('<div contenteditable="true"><br></div>');
        insertTextInto(body, text, { lines: mode, simulateKey: false });
        expect(editableText(body)).toBe(text.replace(/\n+$/, ''));
      }),
    );
  });

  it('builds lines as text nodes and <br> in br mode, as <div> lines in div mode at the end', () => {
    const br = el('<div contenteditable="true"></div>');
    insertTextInto(br, 'a\n\nb', { lines: 'br', simulateKey: false });
    expect([...br.childNodes].map((n) => n.nodeName)).toEqual(['#text', 'BR', 'BR', '#text']);
    const div = el('<div contenteditable="true"><div>Hi</div></div>');
    insertTextInto(div, 'a\n\nb', { lines: 'div', simulateKey: false });
    expect([...div.children].map((n) => n.textContent)).toEqual(['Hi', 'a', '', 'b']);
  });

  it('replaces a selection inside the body and fires insertText for one line, insertFromPaste for several', () => {
    const body = el('<div contenteditable="true">Dear Sir,</div>');
    document.body.appendChild(body);
    const text = body.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 5);
    range.setEnd(text, 8);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    const types: string[] = [];
    body.addEventListener('input', (e) => types.push((e as InputEvent).inputType));
    insertTextInto(body, 'Madam', { lines: 'br', simulateKey: false });
    insertTextInto(body, '\nBest', { lines: 'br', simulateKey: false });
    expect(editableText(body)).toBe('Dear Madam\nBest,');
    expect(types).toEqual(['insertText', 'insertFromPaste']);
    body.remove();
  });
});

describe('setFieldValue', () => {
  it('writes through the prototype setter (past an instance-level tracker, as React installs) and fires input, change', () => {
    const input = el('<input value="old">') as HTMLInputElement;
    const proto = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value');
    let trackerWrites = 0;
    Object.defineProperty(input, 'value', {
      configurable: true,
      get() {
        return proto?.get?.call(this);
      },
      set(v: string) {
        trackerWrites += 1;
        proto?.set?.call(this, v);
      },
    });
    const events: string[] = [];
    input.addEventListener('input', (e) => events.push(e.type));
    input.addEventListener('change', (e) => events.push(e.type));
    setFieldValue(input, '新主题');
    expect(input.value).toBe('新主题');
    expect(trackerWrites).toBe(0);
    expect(events).toEqual(['input', 'change']);
  });
});

describe('recipients', () => {
  it('extracts every address, lower-cased, once per field', () => {
    expect(emailsIn('"Wang Li" <Wang.Li@Acme.cn>, ar@ourco.com; x')).toEqual(['wang.li@acme.cn', 'ar@ourco.com']);
    const r = emptyRecipients();
    addAddresses(r, 'cc', 'A@x.cn, a@x.cn');
    addAddresses(r, 'cc', 'b@x.cn');
    expect(r).toEqual({ to: [], cc: ['a@x.cn', 'b@x.cn'], bcc: [] });
  });

  it('names fields from row names and ids, and by order', () => {
    expect(['to', 'cc', 'bcc', 'toAreaCtrl', 'ccAreaCtrl', 'bccAreaCtrl', 'subject'].map(fieldNamed)).toEqual([
      'to',
      'cc',
      'bcc',
      'to',
      'cc',
      'bcc',
      undefined,
    ]);
    expect([0, 1, 2, 3].map(fieldAt)).toEqual(['to', 'cc', 'bcc', 'bcc']);
  });

  it('identifies all recipients of all composes once, or nothing without a compose', () => {
    const handle = (r: Recipients) => ({ recipients: () => r }) as unknown as ComposeHandle;
    expect(composeIdentity('gmail', [])).toBeNull();
    const composes = [handle({ to: ['a@x.cn'], cc: ['b@x.cn'], bcc: [] }), handle({ to: ['b@x.cn'], cc: [], bcc: ['c@x.cn'] })];
    expect(composeIdentity('gmail', composes)).toEqual({
      system: 'gmail',
      objectType: 'compose',
      emails: ['a@x.cn', 'b@x.cn', 'c@x.cn'],
      confidence: 'dom',
    });
  });
});

describe('frames', () => {
  it('reads same-origin iframe documents and only takes an editable body', async () => {
    const host = el(
      '<div><iframe class="edit" srcdoc="<body contenteditable=true>x</body>"></iframe><iframe class="plain" srcdoc="<body>y</body>"></iframe></div>',
    );
    document.body.appendChild(host);
    await window.happyDOM.waitUntilComplete();
    expect(frameDocument(null)).toBeNull();
    expect(frameDocument(host)).toBeNull();
    expect(frameDocument(host.querySelector('.plain'))?.body.textContent).toBe('y');
    expect(editableFrameBody(host.querySelector('.edit'))?.textContent).toBe('x');
    expect(editableFrameBody(host.querySelector('.plain'))).toBeNull();
    host.remove();
  });

  it('keeps only the outermost of nested elements, in order', () => {
    const tree = el('<div><p id="a"><span id="b"></span></p><p id="c"></p></div>');
    const [a, b, c] = ['#a', '#b', '#c'].map((s) => tree.querySelector(s) as Element);
    expect(outermost([a, b, c] as Element[]).map((e) => e.id)).toEqual(['a', 'c']);
  });
});

describe('saveCaret / restoreCaret', () => {
  it('brings the caret back into the body after the selection moved elsewhere', () => {
    const body = el('<div contenteditable="true">Hello world</div>');
    const elsewhere = el('<p>dialog text</p>');
    document.body.append(body, elsewhere);
    const selection = document.getSelection();
    const at = document.createRange();
    at.setStart(body.firstChild as Text, 5);
    at.collapse(true);
    selection?.removeAllRanges();
    selection?.addRange(at);
    const saved = saveCaret(body);
    const away = document.createRange();
    away.selectNodeContents(elsewhere);
    selection?.removeAllRanges();
    selection?.addRange(away);
    expect(saveCaret(body)).toBeNull();
    expect(restoreCaret(body, saved)).toBe(true);
    insertTextInto(body, ',', { lines: 'br', simulateKey: false });
    expect(editableText(body)).toBe('Hello, world');
    expect(restoreCaret(body, null)).toBe(false);
    body.remove();
    elsewhere.remove();
  });
});
