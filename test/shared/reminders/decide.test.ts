import type { Finding, Verdict } from 'shared/compliance';
import { decideRecord } from 'shared/reminders';
import { describe, expect, it } from 'vitest';

const finding = (severity: Finding['severity'], ruleId: string): Finding => ({
  ruleId,
  severity,
  message: { en: ruleId, zh_CN: ruleId },
  source: { title: 't', basis: 'best-practice' },
});
const verdict = (...findings: Finding[]): Verdict => ({
  decision: findings.some((f) => f.severity === 'block') ? 'block' : findings.some((f) => f.severity === 'warn') ? 'warn' : 'allow',
  findings,
});

describe('decideRecord', () => {
  it('refuses a block even with a reason', () => {
    const d = decideRecord(verdict(finding('block', 'a'), finding('warn', 'b')), { reason: 'the director approved it' });
    expect(d).toMatchObject({ ok: false, code: 'blocked' });
    if (!d.ok) expect(d.findings.map((f) => f.ruleId)).toEqual(['a']);
  });

  it('needs a reason of five characters or more for a warning', () => {
    const w = verdict(finding('warn', 'ledger.stale'));
    expect(decideRecord(w, undefined)).toMatchObject({ ok: false, code: 'override-required' });
    expect(decideRecord(w, { reason: '   ' })).toMatchObject({ ok: false, code: 'override-required' });
    expect(decideRecord(w, { reason: ' abcd ' })).toMatchObject({ ok: false, code: 'override-too-short' });
    expect(decideRecord(w, { reason: '客户要求今天' })).toMatchObject({ ok: true, override: { reason: '客户要求今天' }, verdict: { decision: 'warn', ruleIds: ['ledger.stale'] } });
  });

  it('records an allow without any override', () => {
    const d = decideRecord(verdict(finding('info', 'i')), { reason: 'not needed here' });
    expect(d).toEqual({ ok: true, verdict: { decision: 'allow', ruleIds: ['i'] } });
  });
});
