import type { AuditEntry } from 'shared/audit';
import type { AuditFilter } from 'shared/db/auditRepo';

/** What the filter bar holds: empty strings mean "any". Dates are local calendar days (yyyy-MM-dd). */
export interface AuditFilterForm {
  customerId: string;
  channel: string;
  user: string;
  decision: string;
  from: string;
  to: string;
}

export const EMPTY_FILTER: AuditFilterForm = { customerId: '', channel: '', user: '', decision: '', from: '', to: '' };

const CHANNELS = new Set(['email', 'sms', 'wechat', 'phone', 'letter']);

/** Local midnight of a yyyy-MM-dd day as epoch ms, or undefined for an empty or malformed day. */
function localDayStart(day: string, plusDays = 0): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + plusDays).getTime();
}

/** The repository filter (the "to" day is inclusive, so it ends at the next local midnight). */
export function repoFilter(form: AuditFilterForm): AuditFilter {
  const filter: AuditFilter = {};
  if (form.customerId) filter.customerId = form.customerId;
  if (CHANNELS.has(form.channel)) filter.channel = form.channel as AuditFilter['channel'];
  if (form.user) filter.user = form.user;
  const from = localDayStart(form.from);
  const to = localDayStart(form.to, 1);
  if (from !== undefined) filter.from = from;
  if (to !== undefined) filter.to = to;
  return filter;
}

/** The verdict filter, which the repository does not index. */
export function matchesDecision(entry: AuditEntry, decision: string): boolean {
  return decision === '' || entry.verdict.decision === decision;
}
