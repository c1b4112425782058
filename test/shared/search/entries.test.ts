import { buildSearchIndex } from 'shared/match';
import { searchEntriesOf } from 'shared/search';
import { describe, expect, it } from 'vitest';

describe('searchEntriesOf', () => {
  const customers = [
    { id: 'C1', name: '北京星河科技有限公司', code: 'C0001', uscc: '91110108MA01ABCD2X', aliases: ['星河科技'] },
    { id: 'C2', name: 'Harbor Logistics (Shanghai) Co., Ltd.', code: 'C0002' },
  ];
  const contacts = [
    { customerId: 'C1', email: 'wang.li@xinghe-tech.com.cn' },
    { customerId: 'C1', email: 'chen.chen@xinghe-tech.com.cn' },
    { customerId: 'C2', email: 'emily.chen@harborlog.com' },
    { customerId: 'C2' },
    { customerId: 'C9', email: 'orphan@example.com' },
  ];

  it('gathers every contact address of a customer and keeps names, aliases, code and USCC', () => {
    const entries = searchEntriesOf(customers, contacts);
    expect(entries).toEqual([
      {
        customerId: 'C1',
        name: '北京星河科技有限公司',
        aliases: ['星河科技'],
        code: 'C0001',
        uscc: '91110108MA01ABCD2X',
        emails: ['wang.li@xinghe-tech.com.cn', 'chen.chen@xinghe-tech.com.cn'],
      },
      { customerId: 'C2', name: 'Harbor Logistics (Shanghai) Co., Ltd.', aliases: undefined, code: 'C0002', uscc: undefined, emails: ['emily.chen@harborlog.com'] },
    ]);
  });

  it('makes customers findable by a contact e-mail and by code through the index', () => {
    const index = buildSearchIndex(searchEntriesOf(customers, contacts));
    expect(index.search('emily.chen@harborlog.com', 5)[0]).toMatchObject({ customerId: 'C2', matchedOn: 'email' });
    expect(index.search('chen.chen@', 5)[0]).toMatchObject({ customerId: 'C1', matchedOn: 'email' });
    expect(index.search('c0001', 5)[0]).toMatchObject({ customerId: 'C1', matchedOn: 'code' });
    expect(index.search('orphan@example.com', 5)).toEqual([]);
  });
});
