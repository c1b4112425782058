import type { AuditVerdict } from '../audit';
import type { Finding, Verdict } from '../compliance';

/** Shortest override reason accepted (after trimming). */
export const MIN_OVERRIDE_REASON = 5;

export type RecordDecision =
  | { ok: true; verdict: AuditVerdict; override?: { reason: string } }
  | { ok: false; code: 'blocked' | 'override-required' | 'override-too-short'; findings: Finding[] };

/**
 * Whether an action on a reminder may be recorded under a verdict: a block never; a warning only with an
 * override reason of at least five characters; an allow always (an override given then is not recorded).
 */
export function decideRecord(verdict: Verdict, override: { reason: string } | undefined): RecordDecision {
  const audit: AuditVerdict = { decision: verdict.decision, ruleIds: verdict.findings.map((f) => f.ruleId) };
  if (verdict.decision === 'block') return { ok: false, code: 'blocked', findings: verdict.findings.filter((f) => f.severity === 'block') };
  if (verdict.decision === 'allow') return { ok: true, verdict: audit };
  const warnings = verdict.findings.filter((f) => f.severity === 'warn');
  const reason = override?.reason.trim() ?? '';
  if (reason === '') return { ok: false, code: 'override-required', findings: warnings };
  if ([...reason].length < MIN_OVERRIDE_REASON) return { ok: false, code: 'override-too-short', findings: warnings };
  return { ok: true, verdict: audit, override: { reason } };
}
