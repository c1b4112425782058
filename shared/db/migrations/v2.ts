import type { Transaction } from 'dexie';
import { normalizeName } from '../../match';

interface V1Customer {
  name: string;
  aliases?: string[];
  nameKey?: string;
}

/**
 * v1 → v2: every customer gets `nameKeys` (its name and aliases, normalised) so an alias on a CRM page
 * matches too. Audit rows are re-keyed from `at` to `time` by Dexie's index change; no row is rewritten
 * beyond the customers.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('customers')
    .toCollection()
    .modify((c: V1Customer & { nameKeys?: string[] }) => {
      const keys = [c.name, ...(c.aliases ?? [])].map(normalizeName).filter((k) => k !== '');
      c.nameKey = normalizeName(c.name);
      c.nameKeys = [...new Set(keys)];
    });
}
