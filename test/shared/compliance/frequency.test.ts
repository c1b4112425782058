import { CN_PACK, type HistoryEntry, US_PACK } from 'shared/compliance';
import { describe, expect, it } from 'vitest';
import { at, DAY, draft, evaluate, HOUR, ruleIds } from './helpers';

const SH = 'Asia/Shanghai';
const NY = 'America/New_York';
const NOW = at('2026-03-10 10:00', SH); // Tuesday
const capIds = (ids: string[]) => ids.filter((id) => id.includes('.cap.'));
const entry = (atMs: number, channel: HistoryEntry['channel'], outcome?: HistoryEntry['outcome'], by = 'alice'): HistoryEntry =>
  outcome ? { at: atMs, channel, outcome, by } : { at: atMs, channel, by };

const call = (atMs = NOW) =>
  draft({ channel: 'phone', at: atMs, recipients: { to: [{ address: '13900001111', contactId: 'k1' }] }, text: '电话催款' });
const usEmail = (atMs: number) =>
  draft({
    at: atMs,
    recipientTimeZone: NY,
    text: 'Invoice INV-2026-0412 is past due. To opt out of these e-mails, reply STOP.',
    account: { ...draft().account, ledgerAsOf: '2026-03-10' },
  });
const usCall = (atMs: number) => ({ ...call(atMs), recipientTimeZone: NY, account: { ...call().account, ledgerAsOf: '2026-03-10' } });

describe('frequency caps over the whole history of the customer', () => {
  it('e-mail: the 2nd inside 24 hours is blocked, the first outside is allowed', () => {
    const sent = NOW - 24 * HOUR + 1;
    const inside = evaluate(draft(), [entry(sent, 'email')], CN_PACK);
    expect(inside.decision).toBe('block');
    expect(capIds(ruleIds(inside.findings))).toEqual(['cn.cap.email-day']);
    expect(inside.nextAllowedAt).toBe(sent + 24 * HOUR);

    const outside = evaluate(draft(), [entry(NOW - 24 * HOUR, 'email')], CN_PACK);
    expect(capIds(ruleIds(outside.findings))).toEqual([]);
    expect(outside.decision).toBe('allow');
  });

  it('e-mail: the 4th inside 7 days is blocked until the oldest leaves the window', () => {
    const oldest = at('2026-03-04 11:00', SH);
    const history = [entry(oldest, 'email'), entry(at('2026-03-06 10:00', SH), 'email', undefined, 'bob'), entry(at('2026-03-08 10:00', SH), 'email')];
    const v = evaluate(draft(), history, CN_PACK);
    expect(capIds(ruleIds(v.findings))).toEqual(['cn.cap.email-week']);
    expect(v.nextAllowedAt).toBe(oldest + 7 * DAY);
    expect(evaluate(draft({ at: oldest + 7 * DAY }), history, CN_PACK).decision).toBe('allow');
  });

  it('counts colleagues together (history is per customer, not per user)', () => {
    const history = [entry(NOW - 2 * HOUR, 'email', 'sent', 'bob')];
    expect(evaluate(draft(), history, CN_PACK).decision).toBe('block');
  });

  it('a freed cap slot that falls outside the window moves to the next window start', () => {
    const sent = at('2026-03-09 22:30', SH);
    const v = evaluate(draft({ at: at('2026-03-10 20:00', SH) }), [entry(sent, 'email')], CN_PACK);
    expect(v.nextAllowedAt).toBe(at('2026-03-11 08:00', SH));
  });

  it('CN calls: a 4th call after 3 answered ones in 24 hours is blocked', () => {
    const three = [1, 2, 3].map((h) => entry(NOW - h * HOUR, 'phone', 'answered', h === 2 ? 'bob' : 'alice'));
    const v = evaluate(call(), three, CN_PACK);
    expect(capIds(ruleIds(v.findings))).toEqual(['cn.cap.phone-answered']);
    // The slot frees at 07:00 the next day, before the window opens.
    expect(v.nextAllowedAt).toBe(at('2026-03-11 08:00', SH));
    expect(evaluate(call(), three.slice(1), CN_PACK).decision).toBe('allow');
  });

  it('CN calls: 6 unanswered attempts block the 7th; 5 do not', () => {
    const six = [1, 2, 3, 4, 5, 6].map((m) => entry(NOW - m * 10 * 60_000, 'phone', 'unanswered'));
    expect(capIds(ruleIds(evaluate(call(), six, CN_PACK).findings))).toEqual(['cn.cap.phone-unanswered']);
    expect(evaluate(call(), six.slice(1), CN_PACK).decision).toBe('allow');
  });

  it('CN all channels: the 9th contact in 24 hours is blocked whatever the channel', () => {
    const history = [
      ...[1, 2, 3, 4, 5].map((m) => entry(NOW - m * 20 * 60_000, 'phone', 'unanswered')),
      ...[1, 2].map((h) => entry(NOW - h * HOUR, 'phone', 'answered')),
      entry(NOW - 5 * HOUR, 'sms'),
    ];
    const wechat = draft({ channel: 'wechat', recipients: { to: [{ address: 'wxid_wang', contactId: 'k1' }] } });
    expect(capIds(ruleIds(evaluate(wechat, history, CN_PACK).findings))).toEqual(['cn.cap.all-day']);
    expect(evaluate(wechat, history.slice(1), CN_PACK).decision).toBe('allow');
  });

  it('caps are per channel: yesterday-evening SMS does not block an e-mail', () => {
    expect(evaluate(draft(), [entry(NOW - 2 * HOUR, 'sms')], CN_PACK).decision).toBe('allow');
  });

  it('US calls: the 8th attempt in 7 days is blocked, with the slot freed 7 days after the oldest', () => {
    const now = at('2026-03-10 10:00', NY);
    const seven = [1, 2, 3, 4, 5, 6, 7].map((h) => entry(now - h * 20 * HOUR, 'phone', 'unanswered'));
    const v = evaluate(usCall(now), seven, US_PACK);
    expect(capIds(ruleIds(v.findings))).toEqual(['us.cap.phone-week']);
    expect(evaluate(usCall(now), seven.slice(0, 6), US_PACK).decision).toBe('allow');
  });

  it('US calls: none for 7 days after a conversation, allowed once 7 days have passed', () => {
    const now = at('2026-03-10 10:00', NY);
    const talked = at('2026-03-04 10:00', NY);
    const v = evaluate(usCall(now), [entry(talked, 'phone', 'answered')], US_PACK);
    expect(capIds(ruleIds(v.findings))).toEqual(['us.cap.phone-after-conversation']);
    expect(v.nextAllowedAt).toBe(talked + 7 * DAY);
    expect(evaluate(usCall(talked + 7 * DAY), [entry(talked, 'phone', 'answered')], US_PACK).decision).toBe('allow');
  });

  it('US e-mail: at most one a day', () => {
    const now = at('2026-03-10 10:00', NY);
    expect(evaluate(usEmail(now), [], US_PACK).decision).toBe('allow');
    expect(evaluate(usEmail(now), [entry(now - HOUR, 'email')], US_PACK).decision).toBe('block');
  });

  it('ignores history after the moment of sending', () => {
    expect(evaluate(draft(), [entry(NOW + HOUR, 'email')], CN_PACK).decision).toBe('allow');
  });
});
