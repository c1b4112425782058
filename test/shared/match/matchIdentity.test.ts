import {
  type MatchDeps,
  matchIdentity,
  type NameCandidate,
  normalizeName,
  prepareNameIndex,
  suggestCustomers,
  usccCheckChar,
} from 'shared/match';
import { describe, expect, it } from 'vitest';

const BODY = '91310000MA1FL0000';
const USCC = `${BODY}${usccCheckChar(BODY)}`;

const customers: (NameCandidate & { uscc?: string })[] = [
  { customerId: 'xinghe', name: '北京星河科技有限公司', uscc: USCC },
  { customerId: 'xinghe-fz', name: '星河科技发展有限公司' },
  { customerId: 'twin-a', name: '蓝海贸易有限公司' },
  { customerId: 'twin-b', name: '蓝海贸易股份有限公司' },
];
const names = prepareNameIndex(customers);

function deps(overrides: Partial<MatchDeps> = {}): MatchDeps {
  return {
    linkFor: (system, recordId) => (system === 'salesforce' && recordId === '001A' ? 'xinghe-fz' : undefined),
    byUscc: (code) => customers.filter((c) => c.uscc === code).map((c) => c.customerId),
    byNormalizedName: (key) => customers.filter((c) => normalizeName(c.name) === key).map((c) => c.customerId),
    suggest: (name, limit) => suggestCustomers(name, names, limit),
    ...overrides,
  };
}

describe('matchIdentity', () => {
  it('lets an explicit CRM link win over everything else', async () => {
    const m = await matchIdentity({ system: 'salesforce', recordId: '001A', name: '北京星河科技', uscc: USCC }, deps());
    expect(m).toEqual({ status: 'linked', customerId: 'xinghe-fz', candidates: [] });
  });

  it('uses a valid USCC next, in any case or width', async () => {
    const m = await matchIdentity({ system: 'zoho', recordId: '9', name: '别的名字', uscc: USCC.toLowerCase() }, deps());
    expect(m).toEqual({ status: 'uscc', customerId: 'xinghe', candidates: [] });
  });

  it('ignores an invalid USCC instead of looking it up', async () => {
    const calls: string[] = [];
    const bad = `${BODY}${usccCheckChar(BODY) === '0' ? '1' : '0'}`;
    const m = await matchIdentity(
      { system: 'zoho', name: '北京星河科技', uscc: bad },
      deps({
        byUscc: (c) => {
          calls.push(c);
          return ['xinghe'];
        },
      }),
    );
    expect(calls).toEqual([]);
    expect(m.status).toBe('exact');
  });

  it('matches a unique exact normalised name', async () => {
    const m = await matchIdentity({ system: 'fxiaoke', name: '北京星河科技股份有限公司' }, deps());
    expect(m).toEqual({ status: 'exact', customerId: 'xinghe', candidates: [] });
  });

  it('reports two customers with the same normalised name as ambiguous, both visible', async () => {
    const m = await matchIdentity({ system: 'fxiaoke', name: '蓝海贸易' }, deps());
    expect(m.status).toBe('ambiguous');
    expect(m.customerId).toBeUndefined();
    expect(m.candidates.map((c) => c.customerId).sort()).toEqual(['twin-a', 'twin-b']);
  });

  it('offers suggestions, never a silent match, for a near name', async () => {
    const m = await matchIdentity({ system: 'fxiaoke', name: '星河科技' }, deps());
    expect(m.status).toBe('ambiguous');
    expect(m.customerId).toBeUndefined();
    expect(m.candidates.map((c) => c.customerId)).toContain('xinghe');
  });

  it('answers none when nothing resembles the page', async () => {
    expect(await matchIdentity({ system: 'fxiaoke', name: '完全无关' }, deps())).toEqual({
      status: 'none',
      candidates: [],
    });
    expect(await matchIdentity({ system: 'fxiaoke' }, deps())).toEqual({ status: 'none', candidates: [] });
  });

  it('falls through an unlinked record id', async () => {
    const m = await matchIdentity({ system: 'salesforce', recordId: 'other', name: '北京星河科技' }, deps());
    expect(m.status).toBe('exact');
  });

  it('accepts asynchronous look-ups', async () => {
    const m = await matchIdentity(
      { system: 'zoho', recordId: 'r1' },
      deps({ linkFor: async () => 'xinghe' }),
    );
    expect(m).toEqual({ status: 'linked', customerId: 'xinghe', candidates: [] });
  });

  it('adds e-mail evidence as candidates, contact above domain, and respects the limit', async () => {
    const m = await matchIdentity(
      { system: 'zoho', emails: ['x@lanhai.cn', 'ap@xinghe.cn'] },
      deps({
        emails: {
          byEmail: (a) => (a === 'ap@xinghe.cn' ? ['xinghe'] : []),
          byDomain: (d) => (d === 'lanhai.cn' ? ['twin-a', 'twin-b'] : []),
        },
      }),
      { limit: 2 },
    );
    expect(m.status).toBe('ambiguous');
    expect(m.candidates).toEqual([
      { customerId: 'xinghe', score: 0.9, reason: 'email-contact' },
      { customerId: 'twin-a', score: 0.6, reason: 'email-domain' },
    ]);
  });
});
