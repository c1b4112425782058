import { CN_PACK, type Recipient, US_PACK } from 'shared/compliance';
import { describe, expect, it } from 'vitest';
import { account, at, draft, evaluate, ruleIds } from './helpers';

const NY = 'America/New_York';
const to = (address: string, contactId?: string): Recipient => (contactId ? { address, contactId } : { address });

describe('recipients: only the debtor', () => {
  it('blocks a CC to a foreign domain as third-party disclosure', () => {
    const v = evaluate(draft({ recipients: { to: [to('wang@acme.com.cn', 'k1')], cc: [to('partner@other-corp.com')] } }), [], CN_PACK);
    expect(v.decision).toBe('block');
    expect(ruleIds(v.findings)).toEqual(['recipient.third-party']);
    expect(v.findings[0]?.message.en).toContain('CC partner@other-corp.com');
    expect(v.nextAllowedAt).toBeUndefined();
  });

  it('blocks a BCC to an unknown freemail address', () => {
    const v = evaluate(draft({ recipients: { to: [to('wang@acme.com.cn', 'k1')], bcc: [to('someone@gmail.com')] } }), [], CN_PACK);
    expect(ruleIds(v.findings)).toEqual(['recipient.third-party']);
  });

  it("accepts unknown addresses on the debtor's domain and its subdomains, but not look-alike domains", () => {
    expect(evaluate(draft({ recipients: { to: [to('ap@acme.com.cn')] } }), [], CN_PACK).decision).toBe('allow');
    expect(evaluate(draft({ recipients: { to: [to('AP@Finance.ACME.com.cn')] } }), [], CN_PACK).decision).toBe('allow');
    expect(ruleIds(evaluate(draft({ recipients: { to: [to('ap@notacme.com.cn')] } }), [], CN_PACK).findings)).toEqual([
      'recipient.third-party',
    ]);
  });

  it('accepts a freemail address only for a known contact', () => {
    expect(evaluate(draft({ recipients: { to: [to('li.acme@qq.com')] } }), [], CN_PACK).decision).toBe('allow');
    const acct = account({ emailDomains: ['acme.com.cn', 'qq.com'] });
    const stranger = evaluate(draft({ account: acct, recipients: { to: [to('stranger@qq.com')] } }), [], CN_PACK);
    expect(ruleIds(stranger.findings)).toEqual(['recipient.third-party']);
  });

  it("copying the creditor's own colleague is no disclosure", () => {
    const v = evaluate(draft({ recipients: { to: [to('wang@acme.com.cn', 'k1')], cc: [to('sales@supplier.example.cn')] } }), [], CN_PACK);
    expect(v.decision).toBe('allow');
  });

  it('SMS and calls go only to numbers of known contacts (matched across formats)', () => {
    const sms = (address: string) =>
      draft({ channel: 'sms', recipients: { to: [to(address)] }, text: '【供应商】发票INV-2026-0412已到期，请安排付款。' });
    expect(evaluate(sms('+86 139-0000-1111'), [], CN_PACK).decision).toBe('allow');
    expect(ruleIds(evaluate(sms('13700009999'), [], CN_PACK).findings)).toEqual(['recipient.third-party']);
  });

  it('does not trust a contact id whose contact has other addresses of that kind on file', () => {
    const v = evaluate(draft({ recipients: { to: [to('partner@other-corp.com', 'k1')] } }), [], CN_PACK);
    expect(ruleIds(v.findings)).toEqual(['recipient.third-party']);
    const letter = draft({ channel: 'letter', recipients: { to: [to('上海市浦东新区某路1号', 'k1')] } });
    expect(evaluate(letter, [], CN_PACK).decision).toBe('allow');
  });

  it('a draft without any To is blocked', () => {
    expect(ruleIds(evaluate(draft({ recipients: { to: [] } }), [], CN_PACK).findings)).toEqual(['recipient.missing']);
  });
});

describe('opt-out, do-not-contact and consent', () => {
  it('blocks a contact who opted out', () => {
    const acct = account({ contacts: [{ id: 'k1', name: '王经理', emails: ['wang@acme.com.cn'], optOut: true }] });
    const v = evaluate(draft({ account: acct }), [], CN_PACK);
    expect(ruleIds(v.findings)).toEqual(['contact.opt-out']);
  });

  it('blocks a do-not-contact contact even when addressed by domain only', () => {
    const acct = account({ contacts: [{ id: 'k1', emails: ['wang@acme.com.cn'], doNotContact: true }] });
    expect(ruleIds(evaluate(draft({ account: acct, recipients: { to: [to('wang@acme.com.cn')] } }), [], CN_PACK).findings)).toEqual([
      'contact.opt-out',
    ]);
  });

  it('blocks a channel the contact refused, but not the others', () => {
    const acct = account({ contacts: [{ id: 'k1', emails: ['wang@acme.com.cn'], phones: ['13900001111'], consent: { sms: false } }] });
    const sms = draft({ account: acct, channel: 'sms', recipients: { to: [to('13900001111', 'k1')] } });
    expect(ruleIds(evaluate(sms, [], CN_PACK).findings)).toEqual(['contact.opt-out']);
    expect(evaluate(draft({ account: acct }), [], CN_PACK).decision).toBe('allow');
  });

  it('blocks a customer marked do-not-contact', () => {
    expect(ruleIds(evaluate(draft({ account: account({ doNotContact: true }) }), [], CN_PACK).findings)).toEqual([
      'contact.customer-do-not-contact',
    ]);
  });

  it('US texts need recorded consent', () => {
    const text = 'Invoice INV-2026-0412 for $8,650.00 is past due. Reply STOP to opt out.';
    const base = { channel: 'sms' as const, at: at('2026-03-10 10:00', NY), recipientTimeZone: NY, text };
    const acct = account({ ledgerAsOf: '2026-03-10' });
    const withConsent = draft({ ...base, account: acct, recipients: { to: [to('+86 139 0000 1111', 'k1')] } });
    expect(evaluate(withConsent, [], US_PACK).decision).toBe('allow');
    const without = draft({ ...base, account: acct, recipients: { to: [to('13900002222', 'k2')] } });
    expect(ruleIds(evaluate(without, [], US_PACK).findings)).toEqual(['contact.consent-missing']);
    // The CN pack does not ask for consent per channel.
    expect(evaluate({ ...without, recipientTimeZone: 'Asia/Shanghai', at: at('2026-03-10 10:00', 'Asia/Shanghai') }, [], CN_PACK).decision).toBe('allow');
  });

});
