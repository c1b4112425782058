export { canonicalJson, type JsonValue } from './canonicalJson';
export { appendEntry, entryHash, type VerifyOptions, verifyChain } from './chain';
export { sha256Hex } from './digest';
export { type EvidencePackInput, evidencePackHtml } from './evidencePack';
export { AUDIT_CSV_COLUMNS, type AuditJsonExport, auditToCsv, auditToJson } from './exportAudit';
export { memoryAuditStore } from './memoryStore';
export * from './types';
