import { describe, expect, it } from 'vitest';
import { PENDING_LOOKUP_TTL_MS, freshPendingQuery } from '../../extension/popup/pendingLookup';

describe('pending lookup query', () => {
  it('is taken only while fresh and well-formed', () => {
    expect(freshPendingQuery({ query: '北京星河', at: 1000 }, 1000 + PENDING_LOOKUP_TTL_MS)).toBe('北京星河');
    expect(freshPendingQuery({ query: '北京星河', at: 1000 }, 1001 + PENDING_LOOKUP_TTL_MS)).toBeUndefined();
    expect(freshPendingQuery({ query: 'x', at: 2000 }, 1000)).toBeUndefined();
    expect(freshPendingQuery({ query: 7, at: 1000 }, 1000)).toBeUndefined();
    expect(freshPendingQuery(null, 1000)).toBeUndefined();
    expect(freshPendingQuery({ query: 'y'.repeat(500), at: 1 }, 1)).toHaveLength(200);
  });
});
