import { emailAddress, emailDomain, type EmailLookup, isFreemailDomain, matchByEmail } from 'shared/match';
import { describe, expect, it } from 'vitest';

describe('emailDomain', () => {
  it.each([
    ['a@Example.COM', 'example.com'],
    ['"Zhang, San" <zhang.san@XingHe.com.cn>', 'xinghe.com.cn'],
    ['  ap@acme.com.  ', 'acme.com'],
    ['李四 <li@公司.中国>', '公司.中国'],
  ])('%s → %s', (address, domain) => {
    expect(emailDomain(address)).toBe(domain);
  });

  it.each(['', 'no-at-sign', '@example.com', 'a@localhost', 'a@.com'])('rejects %j', (address) => {
    expect(emailDomain(address)).toBeUndefined();
  });

  it('extracts the bare address', () => {
    expect(emailAddress('Ann <Ann@Acme.COM>')).toBe('ann@acme.com');
    expect(emailAddress('nobody')).toBeUndefined();
  });
});

describe('isFreemailDomain', () => {
  it.each(['qq.com', '163.com', '126.com', 'gmail.com', 'outlook.com', 'hotmail.com', 'foxmail.com', 'sina.com', 'sohu.com', 'yahoo.com', 'icloud.com', 'aliyun.com', 'yeah.net', '139.com', 'vip.qq.com', 'VIP.163.COM'])(
    '%s is free mail',
    (d) => {
      expect(isFreemailDomain(d)).toBe(true);
    },
  );

  it.each(['acme.com', 'xinghe.com.cn', 'qq.com.evil.cn', 'notgmail.com'])('%s is not', (d) => {
    expect(isFreemailDomain(d)).toBe(false);
  });
});

function lookup(contacts: Record<string, string[]>, domains: Record<string, string[]>): EmailLookup & { domainCalls: string[] } {
  const domainCalls: string[] = [];
  return {
    domainCalls,
    byEmail: (a) => contacts[a] ?? [],
    byDomain: (d) => {
      domainCalls.push(d);
      return domains[d] ?? [];
    },
  };
}

describe('matchByEmail', () => {
  it('prefers a known contact address over the domain', () => {
    const l = lookup({ 'ap@acme.com': ['acme-hk'] }, { 'acme.com': ['acme', 'acme-hk'] });
    const m = matchByEmail(['AP@acme.com'], l);
    expect(m.perAddress).toEqual([{ address: 'ap@acme.com', customerIds: ['acme-hk'], via: 'contact' }]);
    expect(m.customerIds).toEqual(['acme-hk']);
  });

  it('falls back to the domain and reports several customers visibly', () => {
    const l = lookup({}, { 'acme.com': ['acme', 'acme-hk'] });
    const m = matchByEmail(['Bob <bob@acme.com>'], l);
    expect(m.perAddress[0]).toEqual({ address: 'bob@acme.com', customerIds: ['acme', 'acme-hk'], via: 'domain' });
    expect(m.customerIds).toEqual(['acme', 'acme-hk']);
  });

  it('never maps a free-mail domain to a customer', () => {
    const l = lookup({}, { 'qq.com': ['wrong'] });
    const m = matchByEmail(['12345@qq.com'], l);
    expect(m.perAddress[0]?.via).toBe('none');
    expect(m.customerIds).toEqual([]);
    expect(l.domainCalls).toEqual([]);
  });

  it('still matches a free-mail address that is a known contact', () => {
    const m = matchByEmail(['boss@163.com'], lookup({ 'boss@163.com': ['xinghe'] }, {}));
    expect(m.customerIds).toEqual(['xinghe']);
  });

  it('ranks a contact match above domain matches and keeps one line per address', () => {
    const l = lookup({ 'ap@b.cn': ['b'] }, { 'a.cn': ['a'], 'b.cn': ['b2'] });
    const m = matchByEmail(['x@a.cn', 'y@a.cn', 'ap@b.cn', 'AP@b.cn', 'nobody@z.cn', 'not an address'], l);
    expect(m.customerIds).toEqual(['b', 'a']);
    expect(m.perAddress.map((p) => [p.address, p.via])).toEqual([
      ['x@a.cn', 'domain'],
      ['y@a.cn', 'domain'],
      ['ap@b.cn', 'contact'],
      ['nobody@z.cn', 'none'],
    ]);
  });
});
