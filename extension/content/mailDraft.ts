import type { Finding, Severity } from 'shared/compliance';
import type { Recipients } from 'connectors/types';

/** Per-field limit of the reminder protocol (RecipientsSchema) and the longest text it takes. */
export const PROTOCOL_ADDRESSES_MAX = 20;
export const PROTOCOL_TEXT_MAX = 20_000;
export const PROTOCOL_SUBJECT_MAX = 300;

/** A reply or forward subject keeps the thread together; a reminder must not replace it. */
const THREAD_PREFIX = /^\s*(re|fw|fwd|aw|wg|sv|vs|回复|答复|转发)\s*[:：]/i;

/** The subject to put into the compose: the proposal, except over a reply's or forward's subject. */
export function subjectToSet(current: string, proposed: string | undefined): string | undefined {
  if (proposed === undefined || proposed.trim() === '') return undefined;
  if (THREAD_PREFIX.test(current)) return undefined;
  return proposed.slice(0, PROTOCOL_SUBJECT_MAX);
}

/** Recipients as the reminder protocol accepts them (at most 20 per field; `to` always present). */
export function protocolRecipients(r: Recipients): { to: string[]; cc?: string[]; bcc?: string[] } {
  const cap = (list: readonly string[]) => list.filter((a) => a.trim() !== '' && a.length <= 254).slice(0, PROTOCOL_ADDRESSES_MAX);
  const out: { to: string[]; cc?: string[]; bcc?: string[] } = { to: cap(r.to) };
  if (r.cc.length > 0) out.cc = cap(r.cc);
  if (r.bcc.length > 0) out.bcc = cap(r.bcc);
  return out;
}

/** Two compose states with the same key show the same recipients. */
export function recipientsKey(r: Recipients): string {
  return [r.to.join(','), r.cc.join(','), r.bcc.join(',')].join('|');
}

export function allAddresses(r: Recipients): string[] {
  return [...new Set([...r.to, ...r.cc, ...r.bcc])];
}

/** Rules about who receives the mail, which matter before a word is written. */
function isRecipientFinding(f: Finding): boolean {
  return f.ruleId.startsWith('recipient.') || f.ruleId.startsWith('contact.');
}

export interface IndicatorContext {
  /** Nothing written yet. */
  bodyBlank: boolean;
  /** This compose's reminder is already in the audit log. */
  recorded: boolean;
}

/**
 * What the indicator shows of a draft's verdict, worst first. While the body is blank only recipient problems
 * count (an empty draft lacks every required section; saying so before the user starts is noise). Once this
 * compose's reminder is recorded, findings about *when* it may go out (send window, frequency caps: the ones
 * carrying `nextAllowedAt`) are dropped: the entry just written would otherwise count against itself.
 */
export function indicatorFindings(findings: readonly Finding[], context: IndicatorContext): Finding[] {
  return findings
    .filter((f) => !context.bodyBlank || isRecipientFinding(f))
    .filter((f) => !context.recorded || f.nextAllowedAt === undefined)
    .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warn: 1, block: 2 };

/** The highest severity among findings, or undefined when there are none. */
export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of findings) if (!worst || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity;
  return worst;
}
