import type { AuditEntry } from 'shared/audit';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, matchesDecision, repoFilter } from '../../../extension/options/audit/filter';

describe('audit filter form', () => {
  it('maps empty fields to no condition', () => {
    expect(repoFilter(EMPTY_FILTER)).toEqual({});
  });

  it('turns a local day range into [from midnight, to the next midnight)', () => {
    const f = repoFilter({ ...EMPTY_FILTER, customerId: 'c1', channel: 'sms', user: '陈静', from: '2026-11-20', to: '2026-11-22' });
    expect(f).toEqual({
      customerId: 'c1',
      channel: 'sms',
      user: '陈静',
      from: new Date(2026, 10, 20).getTime(),
      to: new Date(2026, 10, 23).getTime(),
    });
  });

  it('ignores an unknown channel and malformed days', () => {
    expect(repoFilter({ ...EMPTY_FILTER, channel: 'fax', from: '20-11-2026' })).toEqual({});
  });

  it('filters by verdict', () => {
    const entry = { verdict: { decision: 'warn', ruleIds: [] } } as unknown as AuditEntry;
    expect(matchesDecision(entry, '')).toBe(true);
    expect(matchesDecision(entry, 'warn')).toBe(true);
    expect(matchesDecision(entry, 'allow')).toBe(false);
  });
});
