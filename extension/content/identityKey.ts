import type { CrmIdentity } from 'connectors/types';

/** Two identities with the same key show the same badge; a new key means a new lookup. */
export function identityKey(id: CrmIdentity): string {
  return [id.system, id.objectType ?? '', id.recordId ?? '', id.name ?? '', (id.emails ?? []).join(',')].join('|');
}
