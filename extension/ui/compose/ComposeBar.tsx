import { useRef, useState } from 'preact/hooks';
import type { RecipientResolution } from '../../protocol/mail';
import { CustomerChooser } from './CustomerChooser';
import { LintIndicator, type LintState } from './LintIndicator';
import { t } from './messages';
import { Popover } from './Popover';

export type ResolveState =
  | { kind: 'loading' }
  | { kind: 'no-recipients' }
  | { kind: 'ready'; result: RecipientResolution }
  | { kind: 'error'; message: string };

export interface Notice {
  tone: 'ok' | 'error';
  text: string;
}

export interface ComposeBarProps {
  resolve: ResolveState;
  /** The customer this compose is for: the only match, or the user's choice among several. */
  customerId?: string;
  lint: LintState;
  notice?: Notice;
  /** Pointer down (or key down) on the button, before focus leaves the body: the moment to save the caret. */
  onPress(): void;
  onOpen(customerId: string): void;
  onChoose(customerId: string): void;
  onOpenImport(): void;
  onRetry(): void;
}

function stateOf(resolve: ResolveState, customerId: string | undefined): string {
  if (resolve.kind !== 'ready') return resolve.kind;
  if (customerId) return 'found';
  return resolve.result.customers.length === 0 ? 'none' : 'several';
}

/** The AR Lens button of one compose window, with the lint indicator beside it. */
export function ComposeBar(props: ComposeBarProps) {
  const { resolve, customerId, lint, notice } = props;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [popover, setPopover] = useState(false);
  const state = stateOf(resolve, customerId);
  const customer = resolve.kind === 'ready' ? resolve.result.customers.find((c) => c.id === customerId) : undefined;

  const activate = () => {
    if (customerId && !(resolve.kind === 'ready' && resolve.result.customers.length > 1)) {
      setPopover(false);
      props.onOpen(customerId);
    } else setPopover(!popover);
  };

  return (
    <div class="bar" data-state={state} data-customer={customerId ?? ''}>
      <button
        ref={buttonRef}
        type="button"
        class="lens"
        aria-haspopup="dialog"
        aria-expanded={popover}
        title={customer ? t('buttonTitle', { customer: customer.name }) : t('buttonTitleNoCustomer')}
        onPointerDown={props.onPress}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') props.onPress();
        }}
        onClick={activate}
      >
        <span class="mark" aria-hidden="true">
          ¥
        </span>
        {t('button')}
      </button>
      <LintIndicator state={lint} />
      {notice ? (
        <span class={`notice tone-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </span>
      ) : null}
      {popover && buttonRef.current ? (
        <Popover
          anchor={buttonRef.current}
          label={state === 'several' || state === 'found' ? t('chooseLabel') : t('button')}
          testId="compose-popover"
          onClose={() => setPopover(false)}
        >
          <PopoverBody {...props} close={() => setPopover(false)} />
        </Popover>
      ) : null}
    </div>
  );
}

function PopoverBody(props: ComposeBarProps & { close(): void }) {
  const { resolve } = props;
  if (resolve.kind === 'loading') return <p role="status">{t('resolving')}</p>;
  if (resolve.kind === 'no-recipients') return <p data-reason="no-recipients">{t('noRecipients')}</p>;
  if (resolve.kind === 'error') {
    return (
      <p role="alert">
        {t('error', { reason: resolve.message })}{' '}
        <button type="button" class="link" onClick={props.onRetry}>
          {t('retry')}
        </button>
      </p>
    );
  }
  const { result } = resolve;
  if (result.customers.length === 0) {
    return (
      <p data-reason={result.ledgerEmpty ? 'empty-ledger' : 'no-customer'}>
        {result.ledgerEmpty ? t('emptyLedger') : t('noCustomer')}{' '}
        <button type="button" class="link" onClick={props.onOpenImport}>
          {t('importData')}
        </button>
      </p>
    );
  }
  return (
    <CustomerChooser
      result={result}
      chosen={props.customerId}
      onChoose={(id) => {
        props.close();
        props.onChoose(id);
        props.onOpen(id);
      }}
    />
  );
}

