import fc from 'fast-check';
import { type Best, rank } from 'shared/match/searchKeys';
import { describe, expect, it } from 'vitest';

describe('rank', () => {
  it('keeps exactly the first `limit` hits of a full sort by score, then entry order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.nat(500), fc.integer({ min: 1, max: 40 })), { selector: ([owner]) => owner, maxLength: 200 }),
        fc.integer({ min: 0, max: 25 }),
        (entries, limit) => {
          const best = new Map<number, Best>(entries.map(([owner, score]) => [owner, { score, matchedOn: 'name' }]));
          const ids = Array.from({ length: 501 }, (_, i) => `C${i}`);
          const expected = [...entries]
            .sort((a, b) => b[1] - a[1] || a[0] - b[0])
            .slice(0, limit)
            .map(([owner, score]) => ({ customerId: `C${owner}`, score, matchedOn: 'name' }));
          expect(rank(best, ids, limit)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
