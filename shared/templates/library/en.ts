import type { ReminderTemplate } from '../types';
import { builtin } from './define';

const L = 'en';

const HELLO = 'Dear {{contact.name}},';
const WARM = '{{#warm}}Thank you, as always, for your business. {{/warm}}';
const PAY = 'How to pay:\n{{paymentInstructions}}';
const QUERY = 'If you have a question about any of these invoices or believe an amount is not correct:\n{{disputeInstructions}}';
const IGNORE = 'If payment is already on its way, please disregard this message; letting us know the payment date helps us match it.';
const SIGN = '{{sender.name}}{{#sender.title}}, {{sender.title}}{{/sender.title}}\n{{creditor.company}}\n{{creditor.contactLine}}';
const EMAIL_END = `Kind regards,\n\n${SIGN}\n\n{{optOut}}`;
const SMS_HEAD = '{{creditor.company}}: Hi {{contact.name}}, ';
const SMS_END = 'Already paid? Please ignore. {{optOut}}';
const CHAT_HEAD = 'Hi {{contact.name}}, {{sender.name}} from {{creditor.company}} here. ';
const BASIC = ['balance', 'how-to-pay', 'creditor-contact'] as const;
const FULL = ['balance', 'how-to-pay', 'how-to-dispute', 'creditor-contact'] as const;

export const EN_TEMPLATES: readonly ReminderTemplate[] = [
  // ── 7 days before due ──
  builtin('pre-due-7', 'email', L, {
    subject: 'Friendly reminder: invoices due {{dueDate}}',
    sections: [...BASIC, 'opt-out'],
    body: `${HELLO}

${WARM}This is a friendly reminder that the following invoices for {{customer.name}} fall due on {{dueDate}}, {{total}} in total:

{{invoiceTable}}

${PAY}

${IGNORE}

${QUERY}

${EMAIL_END}`,
  }),
  builtin('pre-due-7', 'sms', L, {
    sections: ['balance', 'opt-out'],
    body: `${SMS_HEAD}payment of {{invoiceRef}} ({{total}}) is due on {{dueDate}}. ${SMS_END}`,
  }),
  builtin('pre-due-7', 'wechat', L, {
    sections: BASIC.slice(),
    body: `${CHAT_HEAD}${WARM}Just a heads-up that payment of {{invoiceRef}} ({{total}}) is due on {{dueDate}}. \nPayment details: {{paymentInstructions}}\nIf it is already scheduled, please ignore this. Thank you!`,
  }),
  // ── 1 day before due ──
  builtin('pre-due-1', 'email', L, {
    subject: 'Reminder: payment due tomorrow for {{invoiceRef}}',
    sections: [...BASIC, 'opt-out'],
    body: `${HELLO}

${WARM}The following invoices for {{customer.name}} are due tomorrow, {{dueDate}}, {{total}} in total:

{{invoiceTable}}

${PAY}

${IGNORE}

${QUERY}

${EMAIL_END}`,
  }),
  builtin('pre-due-1', 'sms', L, {
    sections: ['balance', 'opt-out'],
    body: `${SMS_HEAD}payment of {{invoiceRef}} ({{total}}) is due tomorrow, {{dueDate}}. ${SMS_END}`,
  }),
  builtin('pre-due-1', 'wechat', L, {
    sections: BASIC.slice(),
    body: `${CHAT_HEAD}Payment of {{invoiceRef}} ({{total}}) is due tomorrow. \nPayment details: {{paymentInstructions}}\nIf it is already paid, please ignore this. Thank you!`,
  }),
  // ── due day ──
  builtin('due-day', 'email', L, {
    subject: 'Payment due today: {{invoiceRef}}',
    sections: [...BASIC, 'opt-out'],
    body: `${HELLO}

${WARM}The following invoices for {{customer.name}} are due today, {{dueDate}}, {{total}} in total:

{{invoiceTable}}

${PAY}

${IGNORE}

${QUERY}

${EMAIL_END}`,
  }),
  builtin('due-day', 'sms', L, {
    sections: ['balance', 'opt-out'],
    body: `${SMS_HEAD}payment of {{invoiceRef}} ({{total}}) is due today. ${SMS_END}`,
  }),
  builtin('due-day', 'wechat', L, {
    sections: BASIC.slice(),
    body: `${CHAT_HEAD}Payment of {{invoiceRef}} ({{total}}) is due today. \nPayment details: {{paymentInstructions}}\nIf it is already paid, please ignore this. Thank you!`,
  }),
  builtin('due-day', 'phone', L, {
    sections: BASIC.slice(),
    body: `[Opening] Hello, may I speak with {{contact.name}} at {{customer.name}}? This is {{sender.name}} from {{creditor.company}}. Do you have two minutes?
[Purpose] Payment of {{invoiceRef}}, {{total}} in total, is due today, and I would like to check that payment is scheduled.
[Confirm] When do you expect it to be paid? I can e-mail the payment details right after this call.
[Close] Thank you for your help. If anything comes up, you can reach me at {{creditor.contactLine}}. Have a good day!
[Note] If it is not a good time, agree on a time to call back. If they raise a question, write it down and promise an answer once checked. Discuss the account only with {{customer.name}}'s own contacts.`,
  }),
  // ── gentle (1–15 days overdue) ──
  builtin('gentle', 'email', L, {
    subject: 'Payment reminder: {{customer.name}} invoices past due',
    sections: [...FULL, 'opt-out'],
    body: `${HELLO}

${WARM}Our records show that the following invoices were due and remain open as of {{asOf}}, {{total}} in total:

{{invoiceTable}}

Perhaps the payment has been held up somewhere along the way. Could you let us know when we can expect it?

${PAY}

${IGNORE}

${QUERY}

${EMAIL_END}`,
  }),
  builtin('gentle', 'email', L, {
    variant: 'a',
    tierTone: ['A'],
    subject: 'Quick check on open invoices, {{customer.name}}',
    sections: [...FULL, 'opt-out'],
    body: `${HELLO}

Thank you for your continued partnership. During our routine reconciliation we noticed that the following invoices have passed their due date, {{total}} in total:

{{invoiceTable}}

I expect they are simply still working their way through your approval process. Whenever convenient, could you let me know the planned payment date? If there is anything we can do to help, such as sending copies of invoices or a statement, just say the word.

${PAY}

${IGNORE}

${QUERY}

Thank you again for your support.

${SIGN}

{{optOut}}`,
  }),
  builtin('gentle', 'sms', L, {
    sections: ['balance', 'opt-out'],
    body: `${SMS_HEAD}payment of {{invoiceRef}} ({{total}}) is {{daysOverdue}} days past due. Could you let us know the payment date? ${SMS_END}`,
  }),
  builtin('gentle', 'wechat', L, {
    sections: FULL.slice(),
    body: `${CHAT_HEAD}${WARM}Payment of {{invoiceRef}} ({{total}}) is {{daysOverdue}} days past due. Could you check when it will be paid? \nPayment details: {{paymentInstructions}}\nIf anything looks wrong on the invoice, just reply here and we will look into it. If it is already paid, please ignore this. Thanks!`,
  }),
  builtin('gentle', 'phone', L, {
    sections: FULL.slice(),
    body: `[Opening] Hello, may I speak with {{contact.name}} at {{customer.name}}? This is {{sender.name}} from {{creditor.company}}. Do you have two minutes?
[Purpose] {{#warm}}First, thank you for your continued business. {{/warm}}Payment of {{invoiceRef}}, {{total}} in total, is {{daysOverdue}} days past due, and I would like to check on the payment.
[Confirm] Where is it in your payment process, and when do you expect it to be paid? Is there anything you need from us, such as an invoice copy or a statement?
[Questions] If they query an amount: thank you for letting me know; I will note it and come back to you once we have checked.
[Close] To confirm: you plan to pay (amount) on (date). I will send a short e-mail confirming this. Thank you, goodbye!
[Note] Stay calm and courteous; if it is not a good time, agree on a time to call back. Discuss the account only with {{customer.name}}'s own contacts.`,
  }),
  // ── firm (16–45 days overdue) ──
  builtin('firm', 'email', L, {
    subject: 'Second reminder: overdue invoices, {{total}}',
    sections: [...FULL, 'opt-out'],
    body: `${HELLO}

As of {{asOf}}, the following invoices for {{customer.name}} are overdue, the oldest by {{daysOverdue}} days, {{total}} in total:

{{invoiceTable}}

We have been in touch about these invoices before and have not yet received payment or a payment date. Please arrange payment within 5 business days of this e-mail, or reply with the date on which you will pay.

${PAY}

${QUERY}

If you have already paid, please disregard this e-mail and send us the remittance advice so we can match the payment.

${EMAIL_END}`,
  }),
  builtin('firm', 'email', L, {
    variant: 'a',
    tierTone: ['A'],
    subject: 'Open invoices for {{customer.name}}',
    sections: [...FULL, 'opt-out'],
    body: `${HELLO}

Thank you for your continued partnership. As of {{asOf}}, the following invoices remain open, the oldest by {{daysOverdue}} days, {{total}} in total:

{{invoiceTable}}

We value our relationship with {{customer.name}} and understand that internal processes can take time. Could you help us arrange payment within 5 business days, or let us know the expected date? If instalments would help, we are happy to agree a schedule with you.

${PAY}

${QUERY}

If you have already paid, please disregard this e-mail and send us the remittance advice so we can match the payment.

${EMAIL_END}`,
  }),
  builtin('firm', 'sms', L, {
    sections: ['balance', 'opt-out'],
    body: `${SMS_HEAD}payment of {{invoiceRef}} ({{total}}) is {{daysOverdue}} days overdue. Please pay within 5 business days or tell us your payment date. ${SMS_END}`,
  }),
  builtin('firm', 'wechat', L, {
    sections: FULL.slice(),
    body: `${CHAT_HEAD}Payment of {{invoiceRef}} ({{total}}) is now {{daysOverdue}} days overdue and we have not yet received it or a payment date. Please arrange payment within 5 business days or let me know when you will pay. \nPayment details: {{paymentInstructions}}\nIf anything on the account looks wrong, reply here and we will check it. If you have paid, please send the remittance advice. Thank you!`,
  }),
  builtin('firm', 'phone', L, {
    sections: FULL.slice(),
    body: `[Opening] Hello, may I speak with {{contact.name}} at {{customer.name}}? This is {{sender.name}} from {{creditor.company}}, calling about your account. Is now a good time?
[Purpose] Payment of {{invoiceRef}}, {{total}} in total, is {{daysOverdue}} days overdue. We have been in touch before and have not yet received payment or a payment date.
[Confirm] What is holding the payment up? Can you arrange it within 5 business days? If paying in full at once is difficult, we can discuss instalments.
[Questions] If they query an invoice: please send me the invoice number and the issue; we will check it and reply in writing, and pause reminders for that invoice meanwhile.
[Close] To confirm: you will pay (amount) on (date). I will confirm this by e-mail. Thank you, goodbye!
[Note] State facts only and stay courteous. Discuss the account only with {{customer.name}}'s own contacts.`,
  }),
  // ── formal demand (46+ days): balance, basis, rights, how to pay and dispute, creditor contact ──
  builtin('formal-demand', 'email', L, {
    subject: 'Formal request for payment: {{customer.name}}, {{total}}',
    sections: [...FULL, 'opt-out'],
    body: `${HELLO}

Under our agreement with {{customer.name}} and the invoices issued under it, the following amounts remain unpaid as of {{asOf}}, the oldest {{daysOverdue}} days past due:

{{invoiceTable}}

Total outstanding: {{total}}

Under the agreement, {{customer.name}} is to pay these invoices by their due dates. You are entitled to check the account and to dispute any amount you believe is not owed. As of the date of this letter we have not received payment. Please pay the outstanding balance within 10 business days of receiving this letter, or contact us to agree a payment plan in writing.

1. How to pay
{{paymentInstructions}}

2. Checking the account and disputing an amount
{{disputeInstructions}}
While we look into a disputed amount, we will not send reminders about it.

3. Contact
{{creditor.company}}: {{creditor.contactLine}}{{#creditor.address}}
Address: {{creditor.address}}{{/creditor.address}}

If you have already paid, please disregard this letter and send us the remittance advice so we can match the payment.

Yours sincerely,

${SIGN}
{{asOf}}

{{optOut}}`,
  }),
  builtin('formal-demand', 'letter', L, {
    subject: 'Formal request for payment',
    sections: FULL.slice(),
    body: `Formal request for payment

{{customer.name}}
Attn: {{contact.name}}

Under our agreement with {{customer.name}} and the invoices issued under it, the following amounts remain unpaid as of {{asOf}}, the oldest {{daysOverdue}} days past due:

{{invoiceTable}}

Total outstanding: {{total}}

Under the agreement, {{customer.name}} is to pay these invoices by their due dates. You are entitled to check the account and to dispute any amount you believe is not owed. Please pay the outstanding balance within 10 business days of receiving this letter, or contact us to agree a payment plan in writing.

1. How to pay
{{paymentInstructions}}

2. Checking the account and disputing an amount
{{disputeInstructions}}
While we look into a disputed amount, we will not send reminders about it.

3. Contact
{{creditor.company}}: {{creditor.contactLine}}{{#creditor.address}}
Address: {{creditor.address}}{{/creditor.address}}

If you have already paid, please disregard this letter and send us the remittance advice so we can match the payment.

Yours sincerely,

{{creditor.company}}
{{asOf}}`,
  }),
  builtin('formal-demand', 'sms', L, {
    sections: [...FULL, 'opt-out'],
    body: `${SMS_HEAD}payment of {{invoiceRef}} ({{total}}) is {{daysOverdue}} days overdue. We have e-mailed you a formal request with the payment details; please pay within 10 business days. Questions or disputes? Call us on {{creditor.phone}}. ${SMS_END}`,
  }),
  builtin('formal-demand', 'wechat', L, {
    sections: FULL.slice(),
    body: `${CHAT_HEAD}Payment of {{invoiceRef}} ({{total}}) is {{daysOverdue}} days overdue. We have e-mailed you a formal request for payment listing the invoices, how to pay and how to dispute an amount. Please pay within 10 business days or contact us to agree a payment plan. \nPayment details: {{paymentInstructions}}\nQuestions or disputes: reply here or contact {{creditor.contactLine}}. If you have paid, please ignore this. Thank you.`,
  }),
  builtin('formal-demand', 'phone', L, {
    sections: FULL.slice(),
    body: `[Opening] Hello, may I speak with {{contact.name}} at {{customer.name}}? This is {{sender.name}} from {{creditor.company}}, calling about your overdue account. Is now a good time?
[Purpose] Payment of {{invoiceRef}}, {{total}} in total, is {{daysOverdue}} days overdue. We have sent you a formal request for payment that lists the invoices, how to pay and how to dispute an amount.
[Confirm] Have you received it? Can you pay within 10 business days, or shall we agree a payment plan in writing? I can e-mail you the payment details again right after this call.
[Questions] If they dispute an amount: please send us the invoice number and the reason as described in the letter; we will reply in writing and pause reminders for it meanwhile.
[Close] To confirm what we agreed today: (date, amount). I will confirm by e-mail. Thank you for your time, goodbye!
[Note] State facts and agreed arrangements only, and stay courteous. Discuss the account only with {{customer.name}}'s own contacts.`,
  }),
  // ── promise-to-pay confirmation ──
  builtin('promise-confirmation', 'email', L, {
    subject: 'Confirming your payment date: {{promise.date}}',
    sections: [...BASIC, 'opt-out'],
    body: `${HELLO}

Thank you for getting back to us. As agreed, {{customer.name}} will pay {{#promise.amount}}{{promise.amount}}{{/promise.amount}}{{^promise.amount}}the open balance of {{total}}{{/promise.amount}} by {{promise.date}} for the following invoices:

{{invoiceTable}}

${PAY}

We will not send further reminders about these invoices before that date. If anything changes, please let us know in advance.

${EMAIL_END}`,
  }),
  builtin('promise-confirmation', 'sms', L, {
    sections: ['balance', 'opt-out'],
    body: `${SMS_HEAD}thanks! Confirming payment of {{invoiceRef}}{{#promise.amount}} ({{promise.amount}}){{/promise.amount}} by {{promise.date}}. {{optOut}}`,
  }),
  builtin('promise-confirmation', 'wechat', L, {
    sections: BASIC.slice(),
    body: `Hi {{contact.name}}, thanks for your reply! Just confirming: {{customer.name}} will pay {{invoiceRef}}{{#promise.amount}} ({{promise.amount}}){{/promise.amount}} by {{promise.date}}. \nPayment details: {{paymentInstructions}}\nWe will not chase these invoices before then; if anything changes, please let me know. Thanks!`,
  }),
  // ── broken promise ──
  builtin('broken-promise', 'email', L, {
    subject: 'Following up: payment planned for {{promise.date}}',
    sections: [...FULL, 'opt-out'],
    body: `${HELLO}

You let us know that {{customer.name}} would pay the following invoices by {{promise.date}}. As of {{asOf}} we have not yet received the payment:

{{invoiceTable}}

Total outstanding: {{total}}

Something may have come up along the way. Could you let us know where things stand and the new payment date? If you have paid, please send us the remittance advice so we can match it.

${PAY}

${QUERY}

${EMAIL_END}`,
  }),
  builtin('broken-promise', 'sms', L, {
    sections: ['balance', 'opt-out'],
    body: `${SMS_HEAD}we have not yet received payment of {{invoiceRef}} ({{total}}) planned for {{promise.date}}. Could you update us? ${SMS_END}`,
  }),
  builtin('broken-promise', 'wechat', L, {
    sections: FULL.slice(),
    body: `${CHAT_HEAD}The payment of {{invoiceRef}} ({{total}}) planned for {{promise.date}} has not reached us yet. Could you let me know where things stand and the new date? \nPayment details: {{paymentInstructions}}\nIf anything on the account looks wrong, just reply here. If you have paid, please send the remittance advice. Thanks!`,
  }),
  builtin('broken-promise', 'phone', L, {
    sections: FULL.slice(),
    body: `[Opening] Hello, may I speak with {{contact.name}} at {{customer.name}}? This is {{sender.name}} from {{creditor.company}}. Do you have a moment?
[Purpose] You let us know that {{invoiceRef}}, {{total}} in total, would be paid by {{promise.date}}, and we have not received it yet.
[Confirm] Has something come up? What is the new payment date? If instalments would help, we can discuss them.
[Close] To confirm: you will pay (amount) on (date). I will confirm by e-mail. Thank you, goodbye!
[Note] Stay calm and do not blame. Discuss the account only with {{customer.name}}'s own contacts.`,
  }),
  // ── statement of account ──
  builtin('statement', 'email', L, {
    subject: 'Statement of account for {{customer.name}} as of {{asOf}}',
    sections: [...FULL, 'opt-out'],
    body: `${HELLO}

${WARM}Please find below your statement of account with {{creditor.company}} as of {{asOf}}:

{{invoiceTable}}

Total outstanding: {{total}}

Please check it against your records and reply to confirm. If anything does not match:
{{disputeInstructions}}

${PAY}

${EMAIL_END}`,
  }),
  builtin('statement', 'letter', L, {
    subject: 'Statement of account',
    sections: FULL.slice(),
    body: `Statement of account

{{customer.name}}

Your account with {{creditor.company}} as of {{asOf}}:

{{invoiceTable}}

Total outstanding: {{total}}

Please check this statement against your records and confirm it. If anything does not match:
{{disputeInstructions}}

How to pay:
{{paymentInstructions}}

Contact: {{creditor.company}}: {{creditor.contactLine}}

{{creditor.company}}
{{asOf}}`,
  }),
  builtin('statement', 'wechat', L, {
    sections: FULL.slice(),
    body: `${CHAT_HEAD}Here is your account as of {{asOf}} for checking:\n{{invoiceTable}}\nTotal outstanding: {{total}}. If it matches your records, a quick confirmation would be great; if not, tell me the invoice number and we will check it. \nPayment details: {{paymentInstructions}}\nThank you!`,
  }),
  // ── thanks for payment ──
  builtin('thanks', 'email', L, {
    subject: 'Payment received, thank you',
    sections: ['opt-out'],
    body: `${HELLO}

We received your payment of {{payment.amount}} on {{payment.date}} for {{invoiceRef}}. Thank you for paying promptly!{{#warm}} We appreciate your continued business and look forward to working with you.{{/warm}}

If there is anything we can help with, please get in touch.

${EMAIL_END}`,
  }),
  builtin('thanks', 'sms', L, {
    sections: ['opt-out'],
    body: `{{creditor.company}}: Hi {{contact.name}}, we received your payment of {{payment.amount}} on {{payment.date}}. Thank you! {{optOut}}`,
  }),
  builtin('thanks', 'wechat', L, {
    body: `Hi {{contact.name}}, we received your payment of {{payment.amount}} on {{payment.date}} for {{invoiceRef}}. Thank you for your help!{{#warm}} We look forward to continuing to work together.{{/warm}}`,
  }),
];
