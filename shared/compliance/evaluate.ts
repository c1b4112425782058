import { createCalendar } from '../dates';
import type { Instant } from '../ledger';
import { checkRequiredContent } from './content';
import { checkFrequencyCap } from './frequency';
import { checkInvoiceState, checkLedgerFreshness } from './invoices';
import { lintText } from './lint';
import { checkContactPermission, checkRecipients } from './recipients';
import { checkSendWindow, isValidTimeZone, localDateOf } from './sendWindow';
import type { Decision, Finding, HistoryEntry, ReminderDraft, RulePack, Verdict } from './types';

/** Rules that depend only on the moment of sending; their findings can be waited out. */
function timeFindings(draft: ReminderDraft, history: readonly HistoryEntry[], pack: RulePack, at: Instant, zone: string): Finding[] {
  const calendar = createCalendar(pack.calendar);
  const out: Finding[] = [];
  for (const rule of pack.rules) {
    if (rule.kind === 'send-window') out.push(...checkSendWindow(rule, draft.channel, at, zone, calendar));
    else if (rule.kind === 'frequency-cap') out.push(...checkFrequencyCap(rule, draft.channel, at, history));
  }
  return out;
}

function otherFindings(draft: ReminderDraft, pack: RulePack, zone: string): Finding[] {
  const today = localDateOf(draft.at, zone);
  const out: Finding[] = [];
  for (const rule of pack.rules) {
    switch (rule.kind) {
      case 'contact-permission':
        out.push(...checkContactPermission(rule, draft));
        break;
      case 'recipients':
        out.push(...checkRecipients(rule, draft));
        break;
      case 'invoice-state':
        out.push(...checkInvoiceState(rule, draft, today));
        break;
      case 'ledger-freshness':
        out.push(...checkLedgerFreshness(rule, draft, today));
        break;
      case 'required-content':
        out.push(...checkRequiredContent(rule, draft, pack));
        break;
      case 'wording': {
        const context = {
          pack,
          facts: draft.account,
          creditorPhoneNumbers: draft.account.creditor.phoneNumbers,
          creditorAccountNumbers: draft.account.creditor.accountNumbers ?? [],
        };
        if (draft.subject) out.push(...lintText(draft.subject, context).map((f) => ({ ...f, field: 'subject' as const })));
        out.push(...lintText(draft.text, context).map((f) => ({ ...f, field: 'text' as const })));
        break;
      }
      default:
        break;
    }
  }
  return out;
}

const blocking = (fs: readonly Finding[]) => fs.filter((f) => f.severity === 'block');

/**
 * The earliest moment from which every time rule (hours, business days, caps) allows the reminder: follow each
 * blocking finding's own `nextAllowedAt` until none blocks. Undefined when a time rule cannot say (unknown year).
 */
function nextAllowed(draft: ReminderDraft, history: readonly HistoryEntry[], pack: RulePack, zone: string): Instant | undefined {
  let t = draft.at;
  for (let i = 0; i < 64; i++) {
    const blocks = blocking(timeFindings(draft, history, pack, t, zone));
    if (blocks.length === 0) return t;
    const nexts = blocks.map((f) => f.nextAllowedAt);
    if (nexts.some((n) => n === undefined || n <= t)) return undefined;
    t = Math.max(...(nexts as number[]));
  }
  return undefined;
}

function decisionOf(findings: readonly Finding[]): Decision {
  if (findings.some((f) => f.severity === 'block')) return 'block';
  if (findings.some((f) => f.severity === 'warn')) return 'warn';
  return 'allow';
}

/**
 * The compliance verdict on one reminder: send window and holidays in the recipient's zone, frequency caps over
 * the customer's whole history, opt-out and consent, recipients, invoice state, required content and wording.
 * `nextAllowedAt` is given when the reminder is blocked only by time rules.
 */
export function evaluateReminder(draft: ReminderDraft, history: readonly HistoryEntry[], pack: RulePack): Verdict {
  const findings: Finding[] = [];
  let zone = draft.recipientTimeZone ?? pack.defaultTimeZone;
  if (!isValidTimeZone(zone)) {
    findings.push({
      ruleId: 'send-window.zone-invalid',
      severity: 'warn',
      message: {
        en: `Unknown time zone "${zone}"; the pack default ${pack.defaultTimeZone} is used.`,
        zh_CN: `未知时区"${zone}"，已使用规则包默认时区 ${pack.defaultTimeZone}。`,
      },
      source: pack.rules.find((r) => r.kind === 'send-window')?.source ?? { title: pack.name.en, basis: 'best-practice' },
    });
    zone = pack.defaultTimeZone;
  }
  const timed = timeFindings(draft, history, pack, draft.at, zone);
  findings.push(...timed, ...otherFindings(draft, pack, zone));
  const decision = decisionOf(findings);
  const verdict: Verdict = { decision, findings };
  const blocks = blocking(findings);
  const onlyTime = blocks.length > 0 && blocks.every((f) => timed.includes(f));
  if (onlyTime) {
    const next = nextAllowed(draft, history, pack, zone);
    if (next !== undefined) verdict.nextAllowedAt = next;
  }
  return verdict;
}
