import type { ReminderRecipients } from 'shared/reminders';

/** Addresses typed into one field: commas, semicolons (also full-width) or line breaks separate them. */
export function parseAddresses(text: string): string[] {
  return text
    .split(/[,;，；\n]+/)
    .map((a) => a.trim())
    .filter((a) => a !== '');
}

export function formatAddresses(list: readonly string[] | undefined): string {
  return (list ?? []).join(', ');
}

/** A mailto: URL with To, CC, subject and body, every part percent-encoded. */
export function mailtoUrl(r: ReminderRecipients, subject: string | undefined, body: string): string {
  const params = [
    r.cc && r.cc.length > 0 ? `cc=${encodeURIComponent(r.cc.join(','))}` : '',
    r.bcc && r.bcc.length > 0 ? `bcc=${encodeURIComponent(r.bcc.join(','))}` : '',
    subject ? `subject=${encodeURIComponent(subject)}` : '',
    `body=${encodeURIComponent(body)}`,
  ].filter((p) => p !== '');
  return `mailto:${r.to.map(encodeURIComponent).join(',')}?${params.join('&')}`;
}
