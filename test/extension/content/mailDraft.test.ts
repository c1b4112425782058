import fc from 'fast-check';
import type { Finding, Severity } from 'shared/compliance';
import { describe, expect, it } from 'vitest';
import {
  PROTOCOL_ADDRESSES_MAX,
  indicatorFindings,
  protocolRecipients,
  recipientsKey,
  subjectToSet,
  worstSeverity,
} from '../../../extension/content/mailDraft';

const finding = (ruleId: string, severity: Severity, nextAllowedAt?: number): Finding => ({
  ruleId,
  severity,
  message: { en: ruleId, zh_CN: ruleId },
  source: { title: 'test', basis: 'best-practice' },
  ...(nextAllowedAt === undefined ? {} : { nextAllowedAt }),
});

describe('subjectToSet', () => {
  it('fills an empty or ordinary subject with the template subject', () => {
    expect(subjectToSet('', '付款提醒')).toBe('付款提醒');
    expect(subjectToSet('Statement November', 'Payment reminder')).toBe('Payment reminder');
  });

  it('keeps a reply or forward subject, whatever the language', () => {
    for (const current of ['Re: 付款计划', 'RE: plan', 'Fwd: statement', 'FW: x', '回复：付款计划', '答复: 对账', '转发：对账单', 'AW: Rechnung'])
      expect(subjectToSet(current, '付款提醒')).toBeUndefined();
  });

  it('sets nothing when the template has no subject', () => {
    expect(subjectToSet('', undefined)).toBeUndefined();
    expect(subjectToSet('', '  ')).toBeUndefined();
  });
});

describe('protocolRecipients', () => {
  it('keeps at most the protocol limit per field and leaves empty cc / bcc out', () => {
    fc.assert(
      fc.property(fc.array(fc.emailAddress(), { maxLength: 40 }), fc.array(fc.emailAddress(), { maxLength: 40 }), (to, cc) => {
        const r = protocolRecipients({ to, cc, bcc: [] });
        expect(r.to).toEqual(to.filter((a) => a.length <= 254).slice(0, PROTOCOL_ADDRESSES_MAX));
        expect(r.bcc).toBeUndefined();
        if (cc.length === 0) expect(r.cc).toBeUndefined();
        else expect(r.cc?.length).toBeLessThanOrEqual(PROTOCOL_ADDRESSES_MAX);
      }),
    );
  });

  it('distinguishes the fields in its key', () => {
    expect(recipientsKey({ to: ['a@x.cn'], cc: [], bcc: [] })).not.toBe(recipientsKey({ to: [], cc: ['a@x.cn'], bcc: [] }));
  });
});

describe('indicatorFindings', () => {
  const all = [
    finding('wording.public-shaming', 'block'),
    finding('recipient.third-party', 'block'),
    finding('content.section-missing', 'warn'),
    finding('cn.cap.email-day', 'block', 1_800_000_000_000),
    finding('pii.phone-number', 'info'),
  ];

  it('shows only recipient problems while the body is blank', () => {
    expect(indicatorFindings(all, { bodyBlank: true, recorded: false }).map((f) => f.ruleId)).toEqual(['recipient.third-party']);
  });

  it('drops timing findings once this compose is recorded, and sorts the rest worst first', () => {
    const shown = indicatorFindings(all, { bodyBlank: false, recorded: true });
    expect(shown.map((f) => f.ruleId)).toEqual(['wording.public-shaming', 'recipient.third-party', 'content.section-missing', 'pii.phone-number']);
    expect(indicatorFindings(all, { bodyBlank: false, recorded: false })).toHaveLength(5);
  });

  it('worstSeverity is the highest of the findings, undefined for none', () => {
    expect(worstSeverity([])).toBeUndefined();
    expect(worstSeverity([finding('a', 'info'), finding('b', 'warn')])).toBe('warn');
    expect(worstSeverity(all)).toBe('block');
  });
});
