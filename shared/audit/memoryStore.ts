import type { AuditEntry, AuditStore } from './types';

/** An in-memory AuditStore (tests, previews). `put` rejects a taken seq, as the real store must. */
export function memoryAuditStore(initial: AuditEntry[] = []): AuditStore & { entries: AuditEntry[] } {
  const entries = [...initial];
  return {
    entries,
    async last() {
      return entries.at(-1);
    },
    async put(entry) {
      if (entries.some((e) => e.seq === entry.seq)) throw new Error(`seq ${entry.seq} already exists`);
      entries.push(entry);
    },
  };
}
