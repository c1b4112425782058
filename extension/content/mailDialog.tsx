import { render } from 'preact';
import { getLocale } from '../i18n';
import { ReminderDialog } from '../ui/reminder/ReminderDialog';
import reminderCss from '../ui/reminder/reminder.css?inline';
import type { DialogRequest } from './mailCompose';
import { type MailHost, createMailHost } from './mailHost';
import { DIALOG_HOST_TAG } from './mailWatch';

export interface MailDialog {
  open(request: DialogRequest): void;
  close(): void;
}

/**
 * The reminder dialog over the whole mail page (top document, even when the compose lives in a frame). One at a
 * time: opening it for another compose replaces it. It closes after a successful Insert; focus goes back to
 * where it was (the AR Lens button).
 */
export function createMailDialog(doc: Document): MailDialog {
  let ui: MailHost | undefined;
  let returnFocus: HTMLElement | null = null;

  const close = () => {
    if (!ui) return;
    render(null, ui.mount);
    ui.remove();
    ui = undefined;
    const target = returnFocus;
    returnFocus = null;
    target?.focus();
  };

  return {
    open(request) {
      close();
      returnFocus = request.returnFocus;
      ui = createMailHost(doc, DIALOG_HOST_TAG, `:host { all: initial; }\n${reminderCss}`);
      doc.body.append(ui.host);
      render(
        <ReminderDialog
          customerId={request.customerId}
          channel="email"
          recipients={request.recipients}
          locale={getLocale()}
          onInsert={async (r) => {
            const outcome = await request.onInsert(r);
            if (outcome.ok) close();
            return outcome;
          }}
          onClose={close}
        />,
        ui.mount,
      );
    },
    close,
  };
}
