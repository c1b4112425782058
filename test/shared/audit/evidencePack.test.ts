import { Window } from 'happy-dom';
import Papa from 'papaparse';
import { type AuditEntry, appendEntry, auditToCsv, evidencePackHtml, memoryAuditStore, verifyChain } from 'shared/audit';
import { describe, expect, it } from 'vitest';

const XSS = '<script>alert(1)</script><img src=x onerror="alert(2)">\'&';

async function entries(text: string): Promise<AuditEntry[]> {
  const store = memoryAuditStore();
  await appendEntry(store, {
    time: Date.UTC(2026, 2, 16, 1, 30),
    user: XSS,
    role: XSS,
    customerId: XSS,
    customerName: XSS,
    invoices: [XSS],
    channel: 'email',
    action: 'copied',
    recipients: [XSS],
    template: { id: XSS, version: 2 },
    subject: XSS,
    text,
    verdict: { decision: 'warn', ruleIds: [XSS] },
    override: { by: XSS, reason: XSS },
  });
  await appendEntry(store, {
    time: Date.UTC(2026, 2, 17, 2, 0),
    user: 'chen',
    role: 'finance',
    customerId: 'c1',
    invoices: ['INV-1'],
    channel: 'sms',
    action: 'sent',
    recipients: ['+8613800000000'],
    template: null,
    text: '=HYPERLINK("http://evil")',
    verdict: { decision: 'allow', ruleIds: [] },
  });
  return store.entries;
}

function pack(all: AuditEntry[], locale: 'zh_CN' | 'en', verification: Awaited<ReturnType<typeof verifyChain>>) {
  return evidencePackHtml({
    customer: { id: XSS, name: XSS, code: XSS, uscc: XSS },
    invoices: [
      { number: XSS, issueDate: '2026-01-01', dueDate: '2026-01-31', currency: 'CNY', amount: 1_200_000, openAmount: 1_200_000 },
      { number: 'INV-2', issueDate: '2026-02-01', dueDate: '2026-02-28', currency: 'USD', amount: 5000, openAmount: 0, paidDate: '2026-03-01' },
    ],
    statement: { asOf: '2026-03-16', creditor: XSS },
    entries: all,
    verification,
    generatedAt: Date.UTC(2026, 2, 18, 8, 0),
    generatedBy: XSS,
    locale,
    timeZone: 'Asia/Shanghai',
  });
}

describe('evidencePackHtml', () => {
  it('escapes every field: no markup from data survives', async () => {
    const all = await entries(`${XSS}\n第二行`);
    for (const locale of ['zh_CN', 'en'] as const) {
      const html = pack(all, locale, await verifyChain(all));
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<img');
      const doc = new new Window().DOMParser().parseFromString(html, 'text/html');
      expect(doc.querySelectorAll('script, img, [onerror]').length).toBe(0);
      expect(doc.querySelector('h2')?.textContent).toContain(XSS);
      expect(doc.querySelector('.text')?.textContent).toBe(`${XSS}\n第二行`);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      // Only our own tags appear: collect every tag name and compare with the allowed set.
      const tags = new Set([...html.matchAll(/<\/?([a-zA-Z0-9!]+)/g)].map((m) => m[1]?.toLowerCase()));
      const allowed = ['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'section', 'div', 'p'];
      for (const tag of tags) expect(allowed).toContain(tag);
    }
  });

  it('is a complete A4 print document with the statement, each reminder with its hash, and the verification', async () => {
    const all = await entries('尊敬的王经理：请于本周内付款。');
    const html = pack(all, 'zh_CN', await verifyChain(all));
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('@page{size:A4');
    expect(html).toContain('¥12,000.00');
    expect(html).toContain('逾期44天');
    expect(html).toContain('2026-03-16 09:30:00 (Asia/Shanghai)');
    for (const e of all) expect(html).toContain(e.hash);
    expect(html).toContain('尊敬的王经理：请于本周内付款。');
    expect(html).toContain('校验通过：全部 2 条记录');
  });

  it('reports a broken chain in the reader\'s language', async () => {
    const all = structuredClone(await entries('x'));
    const first = all[0];
    if (first) first.text = 'changed';
    const v = await verifyChain(all);
    expect(pack(all, 'en', v)).toContain('Failed: the chain is broken at entry 1 (content does not match its hash)');
    expect(pack(all, 'zh_CN', v)).toContain('校验未通过：第 1 条记录处发现异常（内容与哈希不符）');
  });
});

describe('auditToCsv', () => {
  it('writes one row per entry with a BOM and neutralised formula cells', async () => {
    const all = await entries('=1+1');
    const csv = auditToCsv(all);
    expect(csv.startsWith('\uFEFFseq,time,user')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
    expect(rows).toHaveLength(3);
    const header = rows[0] ?? [];
    const second = rows[2] ?? [];
    expect(second[header.indexOf('text')]).toBe('\'=HYPERLINK("http://evil")');
    expect(second[header.indexOf('hash')]).toBe(all[1]?.hash);
    expect(second[header.indexOf('time')]).toBe('2026-03-17T02:00:00.000Z');
    expect((rows[1] ?? [])[header.indexOf('text')]).toBe("'=1+1");
  });
});
