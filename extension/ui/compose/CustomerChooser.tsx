import type { RecipientResolution } from '../../protocol/mail';
import { t } from './messages';

export interface CustomerChooserProps {
  result: RecipientResolution;
  chosen?: string;
  onChoose(customerId: string): void;
}

/** Why a customer is on the list: the addresses that led to it (a contact's name, or the matching domain). */
function reasons(result: RecipientResolution, customerId: string): string[] {
  return result.perAddress
    .filter((a) => a.customerIds.includes(customerId))
    .map((a) => {
      if (a.via === 'contact') return `${a.address} · ${a.contactName ? t('viaContact', { name: a.contactName }) : t('viaContactNoName')}`;
      return `${a.address} · ${t('viaDomain', { domain: a.address.slice(a.address.lastIndexOf('@') + 1) })}`;
    });
}

/** Several customers match the recipients: the user picks the one the reminder is for (best match first). */
export function CustomerChooser({ result, chosen, onChoose }: CustomerChooserProps) {
  return (
    <div class="chooser">
      <p class="muted">{t('chooseTitle')}</p>
      <ul>
        {result.customers.map((c) => (
          <li key={c.id}>
            <button type="button" class="choice" data-customer={c.id} aria-pressed={c.id === chosen} onClick={() => onChoose(c.id)}>
              <span class="cust-name">{c.name}</span>
              {c.code ? <span class="muted"> {c.code}</span> : null}
              {c.id === chosen ? <span class="muted"> · {t('chosen')}</span> : null}
              {reasons(result, c.id).map((r) => (
                <span key={r} class="reason">
                  {r}
                </span>
              ))}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
