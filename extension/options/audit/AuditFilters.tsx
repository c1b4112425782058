import type { AuditEntry } from 'shared/audit';
import { type AuditFilterForm, EMPTY_FILTER } from './filter';
import { t } from './messages';

interface Props {
  form: AuditFilterForm;
  /** Every entry of the log, for the choices of customer and user. */
  all: AuditEntry[];
  onChange(form: AuditFilterForm): void;
}

/** Filter bar: customer, channel, user, verdict and a date range. */
export function AuditFilters({ form, all, onChange }: Props) {
  const customers = new Map<string, string>();
  for (const e of all) customers.set(e.customerId, e.customerName ?? e.customerId);
  const users = [...new Set(all.map((e) => e.user))].sort();
  const set = (key: keyof AuditFilterForm) => (e: Event) => onChange({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });
  return (
    <fieldset class="audit-filters">
      <legend>{t('filters')}</legend>
      <label>
        {t('customer')}
        <select id="audit-customer" value={form.customerId} onChange={set('customerId')}>
          <option value="">{t('any')}</option>
          {[...customers].map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('channel')}
        <select id="audit-channel" value={form.channel} onChange={set('channel')}>
          <option value="">{t('any')}</option>
          {['email', 'sms', 'wechat', 'phone', 'letter'].map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('user')}
        <select id="audit-user" value={form.user} onChange={set('user')}>
          <option value="">{t('any')}</option>
          {users.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('decision')}
        <select id="audit-decision" value={form.decision} onChange={set('decision')}>
          <option value="">{t('any')}</option>
          {['allow', 'warn', 'block'].map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('from')}
        <input id="audit-from" type="date" value={form.from} onChange={set('from')} />
      </label>
      <label>
        {t('to')}
        <input id="audit-to" type="date" value={form.to} onChange={set('to')} />
      </label>
      <button type="button" onClick={() => onChange(EMPTY_FILTER)}>
        {t('clear')}
      </button>
    </fieldset>
  );
}
