import { TZDate } from '@date-fns/tz';
import {
  type AccountFacts,
  evaluateReminder,
  type Finding,
  type HistoryEntry,
  type LintContext,
  lintText,
  type ReminderDraft,
  type RulePack,
  type Verdict,
} from 'shared/compliance';
import { expect } from 'vitest';

/** Every finding must say where its rule comes from; all compliance tests go through these wrappers. */
export function expectSourced(findings: readonly Finding[]): void {
  for (const f of findings) {
    expect(f.source, `finding ${f.ruleId} has no source`).toBeDefined();
    expect(f.source.title.length, `finding ${f.ruleId} has an empty source title`).toBeGreaterThan(0);
    expect(['law', 'regulation', 'self-regulation', 'best-practice']).toContain(f.source.basis);
    expect(f.message.en.length).toBeGreaterThan(0);
    expect(f.message.zh_CN.length).toBeGreaterThan(0);
  }
}

export function lint(text: string, context: LintContext): Finding[] {
  const findings = lintText(text, context);
  expectSourced(findings);
  return findings;
}

export function evaluate(draft: ReminderDraft, history: readonly HistoryEntry[], pack: RulePack): Verdict {
  const verdict = evaluateReminder(draft, history, pack);
  expectSourced(verdict.findings);
  return verdict;
}

export const ruleIds = (findings: readonly Finding[]) => [...new Set(findings.map((f) => f.ruleId))].sort();

/** Epoch ms of a local wall-clock time in a zone: at('2026-03-10 20:59', 'Asia/Shanghai'). */
export function at(local: string, timeZone: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(local);
  if (!m) throw new Error(`bad local time ${local}`);
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  return new TZDate(y, mo - 1, d, h, mi, 0, 0, timeZone).getTime();
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export function account(overrides: Partial<AccountFacts> = {}): AccountFacts {
  return {
    customerId: 'c1',
    emailDomains: ['acme.com.cn'],
    contacts: [
      {
        id: 'k1',
        name: '王经理',
        emails: ['wang@acme.com.cn'],
        phones: ['+86 139 0000 1111'],
        consent: { email: true, sms: true, phone: true },
      },
      { id: 'k2', name: 'Li (private mail)', emails: ['li.acme@qq.com'], phones: ['13900002222'] },
    ],
    invoices: [{ id: 'i1', number: 'INV-2026-0412', openAmount: 8_650_000 }],
    ledgerAsOf: '2026-03-09',
    creditor: { name: 'Supplier Ltd', emailDomains: ['supplier.example.cn'], phoneNumbers: ['021-6888 1234'] },
    ...overrides,
  };
}

/** A clean friendly e-mail to a known contact on a Tuesday morning in Shanghai. */
export function draft(overrides: Partial<ReminderDraft> = {}): ReminderDraft {
  return {
    customerId: 'c1',
    channel: 'email',
    recipients: { to: [{ address: 'wang@acme.com.cn', contactId: 'k1' }] },
    subject: '付款提醒 INV-2026-0412',
    text: '王经理您好，发票INV-2026-0412（金额¥86,500.00）已到期，烦请安排付款，谢谢！',
    at: at('2026-03-10 10:00', 'Asia/Shanghai'),
    recipientTimeZone: 'Asia/Shanghai',
    tone: 'friendly',
    account: account(),
    ...overrides,
  };
}
