import { writeLedger } from 'shared/db';
import { verifyAuditLog } from 'shared/db/auditRepo';
import { saveProfile } from 'shared/db/settingsRepo';
import type { Invoice } from 'shared/ledger';
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { reminderHandlers } from '../../../extension/entrypoints/background/reminderHandlers';
import { type Request, RequestSchema } from '../../../extension/messaging';
import { testDb } from '../../shared/db/testDb';
import { CUSTOMER, PROFILE, invoice } from '../../shared/reminders/fixtures';

// Monday 2026-03-16 10:00 in Shanghai: inside the CN send window on a working day.
const NOW = Date.UTC(2026, 2, 16, 2, 0);
const TO = 'wang.li@xinghe-tech.com.cn';

function request<T extends Request['type']>(raw: { type: T } & Record<string, unknown>): Extract<Request, { type: T }> {
  return v.parse(RequestSchema, raw) as Extract<Request, { type: T }>;
}

async function setup(invoices: Invoice[] = [invoice('a', 20), invoice('b', 3), invoice('c', -10)]) {
  const db = testDb();
  const { nameKey, nameKeys, ...customer } = CUSTOMER;
  await writeLedger(
    db,
    { customers: [customer], invoices, contacts: [{ id: 'k1', customerId: 'C1', name: '王丽', email: TO }], crmLinks: [] },
    'replace',
    NOW - 3_600_000,
    'test.csv',
  );
  await saveProfile(db, PROFILE, NOW);
  return { db, now: () => NOW };
}

describe('reminder handlers', () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    s = await setup();
  });

  it('panel: the full view with the open invoices worst first', async () => {
    const panel = await reminderHandlers.panel(s, request({ type: 'panel', customerId: 'C1' }));
    expect(panel.view.openInvoices.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(panel.profileReady).toBe(true);
    await expect(reminderHandlers.panel(s, request({ type: 'panel', customerId: 'nobody' }))).rejects.toThrow('unknown customer');
  });

  it('reminderOptions: the suggested stage first, with the contacts as recipients', async () => {
    const o = await reminderHandlers.reminderOptions(s, request({ type: 'reminderOptions', customerId: 'C1', channel: 'email' }));
    expect(o.locale).toBe('zh_CN');
    expect(o.templates[0]).toMatchObject({ id: 'builtin.firm.email.zh_CN', stage: 'firm', suggested: true });
    expect(o.recipients.to).toEqual([TO]);
  });

  it('renders, records a copy, and finds the entry in the exported log', async () => {
    const r = await reminderHandlers.renderReminder(
      s,
      request({ type: 'renderReminder', customerId: 'C1', templateId: 'builtin.firm.email.zh_CN', templateVersion: 1, channel: 'email', locale: 'zh_CN', recipients: { to: [TO] } }),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.verdict.decision).toBe('allow');
    expect(r.invoices).toEqual(['INV-a', 'INV-b']);
    const recorded = await reminderHandlers.recordReminder(
      s,
      request({ type: 'recordReminder', customerId: 'C1', channel: 'email', action: 'copied', recipients: { to: [TO] }, subject: r.subject, text: r.text, template: { id: 'builtin.firm.email.zh_CN', version: 1 } }),
    );
    expect(recorded).toMatchObject({ ok: true, entry: { seq: 1, user: PROFILE.userName, role: 'finance', invoices: ['INV-a', 'INV-b'], verdict: { decision: 'allow' } } });
    const exported = await reminderHandlers.exportAudit(s, request({ type: 'exportAudit', format: 'json', customerId: 'C1' }));
    const entries = JSON.parse(exported.text).entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ text: r.text, template: { id: 'builtin.firm.email.zh_CN', version: 1 }, recipients: [TO] });
    expect(await verifyAuditLog(s.db)).toMatchObject({ ok: true, count: 1 });
    // An edited text claiming the template is recorded as free text.
    const edited = await reminderHandlers.recordReminder(
      { db: s.db, now: () => NOW + 86_400_000 },
      request({ type: 'recordReminder', customerId: 'C1', channel: 'email', action: 'copied', recipients: { to: [TO] }, subject: r.subject, text: `${r.text}\n补充说明。`, template: { id: 'builtin.firm.email.zh_CN', version: 1 } }),
    );
    expect(edited).toMatchObject({ ok: true, entry: { seq: 2, template: null } });
    // The e-mail cap (one a day) now holds the next one back.
    const again = await reminderHandlers.renderReminder(
      s,
      request({ type: 'renderReminder', customerId: 'C1', templateId: 'builtin.firm.email.zh_CN', templateVersion: 1, channel: 'email', locale: 'zh_CN', recipients: { to: [TO] } }),
    );
    expect(again.ok && again.verdict.decision).toBe('block');
  });

  it('re-judges what it records: a foreign CC or a threat is refused whatever the client says', async () => {
    const base = { type: 'recordReminder', customerId: 'C1', channel: 'email', action: 'copied', template: null } as const;
    const cc = await reminderHandlers.recordReminder(s, request({ ...base, recipients: { to: [TO], cc: ['someone@gmail.com'] }, text: '请尽快安排付款。' }));
    expect(cc).toMatchObject({ ok: false, code: 'blocked' });
    if (!cc.ok) expect(cc.findings.map((f) => f.ruleId)).toContain('recipient.third-party');
    const threat = await reminderHandlers.recordReminder(s, request({ ...base, recipients: { to: [TO] }, text: '再不还钱就去你家找你家人。', override: { reason: 'manager approved it' } }));
    expect(threat).toMatchObject({ ok: false, code: 'blocked' });
    expect(await s.db.audit.count()).toBe(0);
  });

  it('records a warning only with an override reason of five characters or more', async () => {
    // A stale ledger is a warning: the import is 17 days old on the next Monday.
    await s.db.meta.put({ key: 'lastImport', value: { at: NOW - 10 * 86_400_000, source: 'x', mode: 'replace' } });
    const base = { type: 'recordReminder', customerId: 'C1', channel: 'email', action: 'copied', template: null, recipients: { to: [TO] }, text: '请尽快安排付款。' } as const;
    const monday = { db: s.db, now: () => NOW + 7 * 86_400_000 };
    expect(await reminderHandlers.recordReminder(monday, request(base))).toMatchObject({ ok: false, code: 'override-required' });
    expect(await reminderHandlers.recordReminder(monday, request({ ...base, override: { reason: 'ok' } }))).toMatchObject({ ok: false, code: 'override-too-short' });
    const ok = await reminderHandlers.recordReminder(monday, request({ ...base, override: { reason: '客户今天来电确认' } }));
    expect(ok).toMatchObject({ ok: true, entry: { verdict: { decision: 'warn' }, override: { by: PROFILE.userName, reason: '客户今天来电确认' } } });
  });

  it('plans a copy for the next allowed moment only ahead and only for copies and drafts', async () => {
    const sunday = { db: s.db, now: () => NOW - 86_400_000 };
    const base = { type: 'recordReminder', customerId: 'C1', channel: 'email', template: null, recipients: { to: [TO] }, text: '请尽快安排付款。' } as const;
    expect(await reminderHandlers.recordReminder(sunday, request({ ...base, action: 'copied' }))).toMatchObject({ ok: false, code: 'blocked' });
    expect(await reminderHandlers.recordReminder(sunday, request({ ...base, action: 'inserted', at: NOW }))).toMatchObject({ ok: false, code: 'bad-time' });
    expect(await reminderHandlers.recordReminder(sunday, request({ ...base, action: 'copied', at: NOW + 30 * 86_400_000 }))).toMatchObject({ ok: false, code: 'bad-time' });
    const planned = await reminderHandlers.recordReminder(sunday, request({ ...base, action: 'copied', at: NOW }));
    expect(planned).toMatchObject({ ok: true, entry: { time: NOW - 86_400_000 } });
  });

  it('lintDraft: cheap wording check without a customer, full verdict with one', async () => {
    const lint = await reminderHandlers.lintDraft(s, request({ type: 'lintDraft', channel: 'email', text: '再不还钱就去你家找你家人。' }));
    expect(lint.decision).toBe('block');
    expect(lint.findings[0]?.span).toBeDefined();
    const full = await reminderHandlers.lintDraft(s, request({ type: 'lintDraft', customerId: 'C1', channel: 'email', text: '请付款。', recipients: { to: ['x@gmail.com'] } }));
    expect(full.findings.map((f) => f.ruleId)).toContain('recipient.third-party');
  });

  it('promises and disputes: belong to the customer, pause the invoice, and resolve', async () => {
    const p = await reminderHandlers.recordPromise(s, request({ type: 'recordPromise', customerId: 'C1', invoiceIds: ['a'], date: '2026-03-20', amount: { amount: 100_000, currency: 'CNY' } }));
    expect(p.openAtCreation).toBe(100_000);
    await expect(reminderHandlers.recordPromise(s, request({ type: 'recordPromise', customerId: 'C1', invoiceIds: ['zz'], date: '2026-03-20', amount: { amount: 1, currency: 'CNY' } }))).rejects.toThrow();
    const d = await reminderHandlers.openDispute(s, request({ type: 'openDispute', customerId: 'C1', invoiceId: 'b', reason: '数量不符' }));
    await expect(reminderHandlers.openDispute(s, request({ type: 'openDispute', customerId: 'C1', invoiceId: 'b', reason: 'again' }))).rejects.toThrow();
    const panel = await reminderHandlers.panel(s, request({ type: 'panel', customerId: 'C1' }));
    expect(panel.view.openInvoices.find((i) => i.id === 'a')?.paused?.kind).toBe('promise');
    expect(panel.view.openInvoices.find((i) => i.id === 'b')?.paused?.kind).toBe('dispute');
    const resolved = await reminderHandlers.resolveDispute(s, request({ type: 'resolveDispute', customerId: 'C1', disputeId: d.id, resolution: '已核对' }));
    expect(resolved.resolvedAt).toBe('2026-03-16');
  });

  it('a promise confirmation names the promised invoices and is allowed', async () => {
    await reminderHandlers.recordPromise(s, request({ type: 'recordPromise', customerId: 'C1', invoiceIds: ['a', 'b'], date: '2026-03-20', amount: { amount: 100_000, currency: 'CNY' } }));
    const render = (templateId: string) =>
      reminderHandlers.renderReminder(s, request({ type: 'renderReminder', customerId: 'C1', templateId, templateVersion: 1, channel: 'email', locale: 'zh_CN', recipients: { to: [TO] } }));
    const confirmation = await render('builtin.promise-confirmation.email.zh_CN');
    if (!confirmation.ok) throw new Error(JSON.stringify(confirmation.errors));
    expect(confirmation.verdict.findings.map((f) => f.ruleId)).not.toContain('invoice.promise-to-pay');
    expect(confirmation.verdict.decision).toBe('allow');
    expect(confirmation.invoices).toContain('INV-a');
  });

  it('refuses requests beyond the protocol limits', () => {
    expect(v.safeParse(RequestSchema, { type: 'recordReminder', customerId: 'C1', channel: 'email', action: 'sent', recipients: { to: [] }, text: 'x', template: null }).success).toBe(false);
    expect(v.safeParse(RequestSchema, { type: 'lintDraft', channel: 'email', text: 'x'.repeat(20_001) }).success).toBe(false);
    expect(v.safeParse(RequestSchema, { type: 'renderReminder', customerId: 'C1', templateId: 't', templateVersion: 1, channel: 'email', locale: 'zh_CN', recipients: { to: Array(21).fill(TO) } }).success).toBe(false);
  });
});
