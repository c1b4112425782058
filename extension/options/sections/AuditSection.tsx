import { AuditPanel } from '../audit/AuditPanel';

export function AuditSection() {
  return <AuditPanel />;
}
