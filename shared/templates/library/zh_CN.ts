import type { ReminderTemplate } from '../types';
import { builtin } from './define';

const L = 'zh_CN';

// Shared pieces. Each reminder names the invoices and the amount, says how to pay, how to raise a question,
// whom to contact, and lets a customer who has already paid ignore it.
const HELLO = '尊敬的{{contact.name}}：\n\n您好！';
const WARM = '{{#warm}}首先感谢贵司一直以来对我们的信任与支持。{{/warm}}';
const PAY = '付款信息：\n{{paymentInstructions}}';
const QUERY = '如对账目有任何疑问或异议：\n{{disputeInstructions}}';
const IGNORE = '如贵司已安排付款，请忽略本提醒，并烦请告知付款日期，以便我们及时核对。';
const SIGN = '{{sender.name}}{{#sender.title}}（{{sender.title}}）{{/sender.title}}\n{{creditor.company}}\n{{creditor.contactLine}}';
const EMAIL_END = `祝商祺！\n\n${SIGN}\n\n{{optOut}}`;
const SMS_HEAD = '【{{creditor.company}}】{{customer.name}}{{contact.name}}您好，';
const SMS_END = '如已付款请忽略。{{optOut}}';
const WECHAT_HEAD = '{{contact.name}}您好，我是{{creditor.company}}的{{sender.name}}。';
const BASIC = ['balance', 'how-to-pay', 'creditor-contact'] as const;
const FULL = ['balance', 'how-to-pay', 'how-to-dispute', 'creditor-contact'] as const;

export const ZH_CN_TEMPLATES: readonly ReminderTemplate[] = [
  // ── 到期前 7 天 ──
  builtin('pre-due-7', 'email', L, {
    subject: '温馨提示：{{customer.name}}有发票将于{{dueDate}}到期',
    sections: [...BASIC, 'opt-out'],
    body: `${HELLO}${WARM}

温馨提示：贵司以下发票将于{{dueDate}}到期，合计金额{{total}}：

{{invoiceTable}}

${PAY}

烦请贵司提前安排付款流程。${IGNORE}

${QUERY}

${EMAIL_END}`,
  }),
  builtin('pre-due-7', 'sms', L, {
    sections: ['balance', 'opt-out'],
    body: `${SMS_HEAD}贵司发票{{invoiceNumbers}}共{{total}}将于{{dueDate}}到期，烦请提前安排付款。${SMS_END}`,
  }),
  builtin('pre-due-7', 'wechat', L, {
    sections: BASIC.slice(),
    body: `${WECHAT_HEAD}${WARM}温馨提示：贵司发票{{invoiceNumbers}}（合计{{total}}）将于{{dueDate}}到期，烦请提前安排付款。\n付款信息：{{paymentInstructions}}\n如已安排，请忽略此消息，谢谢！`,
  }),
  // ── 到期前 1 天 ──
  builtin('pre-due-1', 'email', L, {
    subject: '付款提醒：发票{{invoiceNumbers}}将于明日（{{dueDate}}）到期',
    sections: [...BASIC, 'opt-out'],
    body: `${HELLO}${WARM}

贵司以下发票将于明日（{{dueDate}}）到期，合计金额{{total}}：

{{invoiceTable}}

${PAY}

${IGNORE}

${QUERY}

${EMAIL_END}`,
  }),
  builtin('pre-due-1', 'sms', L, {
    sections: ['balance', 'opt-out'],
    body: `${SMS_HEAD}贵司发票{{invoiceNumbers}}共{{total}}将于明日（{{dueDate}}）到期，烦请按时付款。${SMS_END}`,
  }),
  builtin('pre-due-1', 'wechat', L, {
    sections: BASIC.slice(),
    body: `${WECHAT_HEAD}贵司发票{{invoiceNumbers}}（合计{{total}}）将于明日到期，烦请按时安排付款。\n付款信息：{{paymentInstructions}}\n如已付款请忽略，谢谢！`,
  }),
  // ── 到期日 ──
  builtin('due-day', 'email', L, {
    subject: '付款提醒：发票{{invoiceNumbers}}今日到期',
    sections: [...BASIC, 'opt-out'],
    body: `${HELLO}${WARM}

贵司以下发票今日（{{dueDate}}）到期，合计金额{{total}}：

{{invoiceTable}}

${PAY}

${IGNORE}

${QUERY}

${EMAIL_END}`,
  }),
  builtin('due-day', 'sms', L, {
    sections: ['balance', 'opt-out'],
    body: `${SMS_HEAD}贵司发票{{invoiceNumbers}}共{{total}}今日到期，烦请安排付款。${SMS_END}`,
  }),
  builtin('due-day', 'wechat', L, {
    sections: BASIC.slice(),
    body: `${WECHAT_HEAD}贵司发票{{invoiceNumbers}}（合计{{total}}）今日到期，烦请安排付款。\n付款信息：{{paymentInstructions}}\n如已付款请忽略，谢谢！`,
  }),
  builtin('due-day', 'phone', L, {
    sections: BASIC.slice(),
    body: `【开场】您好，请问是{{customer.name}}的{{contact.name}}吗？我是{{creditor.company}}的{{sender.name}}，现在方便占用您两分钟吗？
【说明】贵司发票{{invoiceNumbers}}今日到期，合计{{total}}。想和您确认一下付款安排。
【确认】请问这笔款项预计哪天可以支付？如需付款信息，我稍后通过邮件发给您。
【结束】好的，感谢您的配合。如有任何疑问，可随时联系我：{{creditor.contactLine}}。祝您工作顺利，再见！
【提示】如对方不便接听，请约定回电时间；如对方提出异议，请记录具体内容并承诺核实后回复。账款信息只与{{customer.name}}的对接人沟通。`,
  }),
  // ── 温和提醒（逾期 1–15 天）──
  builtin('gentle', 'email', L, {
    subject: '付款提醒：{{customer.name}}发票已过到期日',
    sections: [...FULL, 'opt-out'],
    body: `${HELLO}${WARM}

经核对，截至{{asOf}}，贵司以下发票已过到期日，合计未付金额{{total}}：

{{invoiceTable}}

可能是付款流程中有所延误，烦请贵司协助确认付款安排，并告知预计付款日期。

${PAY}

${IGNORE}

${QUERY}

${EMAIL_END}`,
  }),
  builtin('gentle', 'email', L, {
    variant: 'a',
    tierTone: ['A'],
    subject: '发票付款确认：{{customer.name}}',
    sections: [...FULL, 'opt-out'],
    body: `${HELLO}

感谢贵司长期以来的合作与支持！在例行对账中，我们注意到以下发票已过到期日，合计{{total}}：

{{invoiceTable}}

想必是付款流程中有些环节尚在处理，烦请您方便时帮忙确认一下付款安排。如有任何需要我们配合的地方（如补寄发票、调整对账信息等），请随时告诉我。

${PAY}

${IGNORE}

${QUERY}

再次感谢您的支持！

${SIGN}

{{optOut}}`,
  }),
  builtin('gentle', 'sms', L, {
    sections: ['balance', 'opt-out'],
    body: `${SMS_HEAD}贵司发票{{invoiceNumbers}}共{{total}}已过到期日{{daysOverdue}}天，烦请安排付款或告知付款日期。${SMS_END}`,
  }),
  builtin('gentle', 'wechat', L, {
    sections: FULL.slice(),
    body: `${WECHAT_HEAD}${WARM}打扰一下，贵司发票{{invoiceNumbers}}（合计{{total}}）已过到期日{{daysOverdue}}天，烦请帮忙确认付款安排。\n付款信息：{{paymentInstructions}}\n如对账目有疑问，请直接回复我，我们会尽快核实。如已付款请忽略，谢谢！`,
  }),
  builtin('gentle', 'phone', L, {
    sections: FULL.slice(),
    body: `【开场】您好，请问是{{customer.name}}的{{contact.name}}吗？我是{{creditor.company}}的{{sender.name}}，现在方便占用您两分钟吗？
【说明】{{#warm}}首先感谢贵司一直以来的支持。{{/warm}}我们核对账目时看到，贵司发票{{invoiceNumbers}}已过到期日{{daysOverdue}}天，合计{{total}}。想和您确认一下付款安排。
【确认】请问目前付款进展到哪一步了？预计哪天可以支付？如有需要我们配合的地方，比如补寄发票或对账单，请告诉我。
【异议】如对方对金额或发票有疑问：感谢告知，我记录下来，核实后尽快回复您。
【结束】好的，我与您确认一下：贵司计划于（日期）支付（金额），我稍后会发邮件确认。感谢您的配合，再见！
【提示】语气平和礼貌；如对方不便，约定回电时间。账款信息只与{{customer.name}}的对接人沟通。`,
  }),
  // ── 正式提醒（逾期 16–45 天）──
  builtin('firm', 'email', L, {
    subject: '再次提醒：{{customer.name}}逾期未付款项（{{total}}）',
    sections: [...FULL, 'opt-out'],
    body: `${HELLO}

截至{{asOf}}，贵司以下发票已逾期，最长已逾期{{daysOverdue}}天，合计未付金额{{total}}：

{{invoiceTable}}

我们此前已就上述款项与贵司联系，目前尚未收到付款或付款安排。烦请贵司于收到本邮件后5个工作日内安排付款，或回复告知具体的付款日期。

${PAY}

${QUERY}

如贵司已付款，请忽略本邮件，并烦请将付款凭证发送给我们，以便及时核销。

${EMAIL_END}`,
  }),
  builtin('firm', 'email', L, {
    variant: 'a',
    tierTone: ['A'],
    subject: '关于{{customer.name}}未结发票的沟通',
    sections: [...FULL, 'opt-out'],
    body: `${HELLO}

感谢贵司一直以来的合作。截至{{asOf}}，贵司以下发票仍未结清，最长已逾期{{daysOverdue}}天，合计{{total}}：

{{invoiceTable}}

我们非常重视与贵司的合作关系，也理解付款可能受内部流程影响。烦请您协助在5个工作日内安排付款，或告知预计的付款日期；如需分批付款，我们也愿意一起商定合适的安排。

${PAY}

${QUERY}

如贵司已付款，请忽略本邮件，并烦请将付款凭证发送给我们，以便及时核销。

${EMAIL_END}`,
  }),
  builtin('firm', 'sms', L, {
    sections: ['balance', 'opt-out'],
    body: `${SMS_HEAD}贵司发票{{invoiceNumbers}}共{{total}}已逾期{{daysOverdue}}天，烦请5个工作日内安排付款或告知付款日期。${SMS_END}`,
  }),
  builtin('firm', 'wechat', L, {
    sections: FULL.slice(),
    body: `${WECHAT_HEAD}贵司发票{{invoiceNumbers}}（合计{{total}}）已逾期{{daysOverdue}}天，我们尚未收到付款或付款安排。烦请于5个工作日内安排付款，或告知具体付款日期。\n付款信息：{{paymentInstructions}}\n如对账目有疑问，请回复我，我们会尽快核实。如已付款，烦请发来付款凭证，谢谢！`,
  }),
  builtin('firm', 'phone', L, {
    sections: FULL.slice(),
    body: `【开场】您好，请问是{{customer.name}}的{{contact.name}}吗？我是{{creditor.company}}的{{sender.name}}，想就贵司的应付款项和您沟通几分钟，现在方便吗？
【说明】贵司发票{{invoiceNumbers}}已逾期{{daysOverdue}}天，合计{{total}}。此前我们已与贵司联系过，目前还没有收到付款或付款安排。
【确认】请问付款遇到了什么情况？贵司能否在5个工作日内安排付款？如一次性支付有困难，我们可以一起商量分批付款的计划。
【异议】如对方对金额或发票有疑问：请您告知具体的发票号和问题，我们核实后书面回复；核实期间该发票暂停提醒。
【结束】我复述一下：贵司将于（日期）支付（金额），我会发邮件确认这个安排。感谢您的配合，再见！
【提示】只陈述事实，语气保持礼貌克制；账款信息只与{{customer.name}}的对接人沟通。`,
  }),
  // ── 付款催告函（逾期 46 天以上）：列明欠款、依据、权利义务、付款与异议方式、联系方式（参照《商业银行信用卡业务监督管理办法》第69条）──
  builtin('formal-demand', 'email', L, {
    subject: '付款通知函：{{customer.name}}应付账款{{total}}',
    sections: [...FULL, 'opt-out'],
    body: `{{customer.name}}：

尊敬的{{contact.name}}，您好！

根据双方签订的合同及我司已开具的发票，截至{{asOf}}，贵司尚有以下款项未支付，最长已逾期{{daysOverdue}}天：

{{invoiceTable}}

未付金额合计：{{total}}

按照合同约定，贵司负有按期付款的义务；贵司也有权核对上述账目，并就有异议的款项提出异议。截至本函发出之日，我们尚未收到上述款项。烦请贵司于收到本函后10个工作日内支付，或与我们书面商定付款计划。

一、付款方式
{{paymentInstructions}}

二、账目核对与异议
{{disputeInstructions}}
核实期间，我们将暂停就有争议的款项发送提醒。

三、联系方式
{{creditor.company}}：{{creditor.contactLine}}{{#creditor.address}}
地址：{{creditor.address}}{{/creditor.address}}

如贵司已付款，请忽略本函，并烦请将付款凭证发送给我们，以便及时核销。

此致
敬礼！

${SIGN}
{{asOf}}

{{optOut}}`,
  }),
  builtin('formal-demand', 'letter', L, {
    subject: '付款通知函',
    sections: FULL.slice(),
    body: `付款通知函

{{customer.name}}：

根据双方签订的合同及我司已开具的发票，截至{{asOf}}，贵司尚有以下款项未支付，最长已逾期{{daysOverdue}}天：

{{invoiceTable}}

未付金额合计：{{total}}

按照合同约定，贵司负有按期付款的义务；贵司也有权核对上述账目，并就有异议的款项提出异议。烦请贵司于收到本函后10个工作日内支付上述款项，或与我们书面商定付款计划。

一、付款方式
{{paymentInstructions}}

二、账目核对与异议
{{disputeInstructions}}
核实期间，我们将暂停就有争议的款项发送提醒。

三、联系方式
{{creditor.company}}：{{creditor.contactLine}}{{#creditor.address}}
地址：{{creditor.address}}{{/creditor.address}}

如贵司已付款，请忽略本函，并烦请将付款凭证复印件寄回或发送给我们，以便及时核销。

{{creditor.company}}
{{asOf}}`,
  }),
  builtin('formal-demand', 'sms', L, {
    sections: [...FULL, 'opt-out'],
    body: `${SMS_HEAD}贵司发票{{invoiceNumbers}}共{{total}}已逾期{{daysOverdue}}天。付款通知函已发至贵司邮箱，内附付款方式，烦请于10个工作日内付款；如有异议请致电{{creditor.phone}}。${SMS_END}`,
  }),
  builtin('formal-demand', 'wechat', L, {
    sections: FULL.slice(),
    body: `${WECHAT_HEAD}贵司发票{{invoiceNumbers}}（合计{{total}}）已逾期{{daysOverdue}}天。我们已通过邮件向贵司发送付款通知函，列明了欠款明细、付款方式和异议方式，烦请查收，并于10个工作日内安排付款或与我们商定付款计划。\n付款信息：{{paymentInstructions}}\n如对账目有异议，请回复我或联系我们：{{creditor.contactLine}}。如已付款请忽略，谢谢！`,
  }),
  builtin('formal-demand', 'phone', L, {
    sections: FULL.slice(),
    body: `【开场】您好，请问是{{customer.name}}的{{contact.name}}吗？我是{{creditor.company}}的{{sender.name}}，想就贵司逾期款项和您沟通，现在方便吗？
【说明】贵司发票{{invoiceNumbers}}已逾期{{daysOverdue}}天，合计{{total}}。我们已向贵司发送了付款通知函，里面列明了欠款明细、付款方式和提出异议的方式。
【确认】请问贵司是否已收到通知函？能否在10个工作日内安排付款，或与我们商定一个书面付款计划？
【异议】如对方有异议：请您按通知函中的方式把争议的发票号和理由发给我们，我们核实后书面答复，核实期间暂停提醒。
【结束】我复述一下今天确认的安排：（日期、金额）。我会发邮件确认。如有疑问，可随时联系我们：{{creditor.contactLine}}。感谢您的时间，再见！
【提示】只陈述事实与已确定的安排，语气保持礼貌克制；账款信息只与{{customer.name}}的对接人沟通。`,
  }),
  // ── 付款承诺确认 ──
  builtin('promise-confirmation', 'email', L, {
    subject: '确认：{{customer.name}}付款安排（{{promise.date}}）',
    sections: [...BASIC, 'opt-out'],
    body: `${HELLO}

感谢您的及时回复！现将我们沟通确定的付款安排确认如下：

贵司将于{{promise.date}}前支付{{#promise.amount}}{{promise.amount}}{{/promise.amount}}{{^promise.amount}}以下发票的未付款项（合计{{total}}）{{/promise.amount}}，涉及发票：

{{invoiceTable}}

${PAY}

在此日期前，我们不会就上述发票再发送提醒。如付款安排有变化，烦请提前告知。

${EMAIL_END}`,
  }),
  builtin('promise-confirmation', 'sms', L, {
    sections: ['balance', 'opt-out'],
    body: `${SMS_HEAD}感谢回复！确认贵司将于{{promise.date}}前支付发票{{invoiceNumbers}}{{#promise.amount}}共{{promise.amount}}{{/promise.amount}}。如有变化请提前告知。{{optOut}}`,
  }),
  builtin('promise-confirmation', 'wechat', L, {
    sections: BASIC.slice(),
    body: `{{contact.name}}您好，感谢您的回复！跟您确认一下：贵司将于{{promise.date}}前支付发票{{invoiceNumbers}}{{#promise.amount}}共{{promise.amount}}{{/promise.amount}}。\n付款信息：{{paymentInstructions}}\n在此之前我们不会再就这些发票打扰您，如有变化请提前告诉我，谢谢！`,
  }),
  // ── 承诺未履行 ──
  builtin('broken-promise', 'email', L, {
    subject: '跟进：{{customer.name}}原定{{promise.date}}的付款',
    sections: [...FULL, 'opt-out'],
    body: `${HELLO}

此前贵司确认将于{{promise.date}}前支付以下款项，截至{{asOf}}我们尚未收到：

{{invoiceTable}}

未付金额合计：{{total}}

可能是付款过程中遇到了情况，烦请您告知目前的进展及新的付款日期。如已付款，请将付款凭证发送给我们，以便核对。

${PAY}

${QUERY}

${EMAIL_END}`,
  }),
  builtin('broken-promise', 'sms', L, {
    sections: ['balance', 'opt-out'],
    body: `${SMS_HEAD}贵司原定于{{promise.date}}支付的发票{{invoiceNumbers}}（{{total}}）我们尚未收到，烦请告知付款进展。${SMS_END}`,
  }),
  builtin('broken-promise', 'wechat', L, {
    sections: FULL.slice(),
    body: `${WECHAT_HEAD}贵司原定于{{promise.date}}支付的发票{{invoiceNumbers}}（合计{{total}}），我们目前还没有收到。烦请告知付款进展和新的付款日期。\n付款信息：{{paymentInstructions}}\n如对账目有疑问请直接回复我。如已付款，烦请发来付款凭证，谢谢！`,
  }),
  builtin('broken-promise', 'phone', L, {
    sections: FULL.slice(),
    body: `【开场】您好，请问是{{customer.name}}的{{contact.name}}吗？我是{{creditor.company}}的{{sender.name}}，现在方便说两句吗？
【说明】此前贵司确认在{{promise.date}}前支付发票{{invoiceNumbers}}，合计{{total}}，我们目前还没有收到这笔款项。
【确认】请问付款是否遇到了什么情况？新的付款日期大概是哪天？如需要调整为分批付款，我们可以一起商量。
【结束】我复述一下：贵司将于（日期）支付（金额），我会发邮件确认。感谢配合，再见！
【提示】语气平和，不指责对方；账款信息只与{{customer.name}}的对接人沟通。`,
  }),
  // ── 对账单 ──
  builtin('statement', 'email', L, {
    subject: '{{creditor.company}}对账单：{{customer.name}}（截至{{asOf}}）',
    sections: [...FULL, 'opt-out'],
    body: `${HELLO}${WARM}

现将截至{{asOf}}贵司在我司的账户明细发送给您，烦请核对：

{{invoiceTable}}

未付金额合计：{{total}}

如核对无误，烦请回复确认；如有不符之处：
{{disputeInstructions}}

${PAY}

${EMAIL_END}`,
  }),
  builtin('statement', 'letter', L, {
    subject: '对账单',
    sections: FULL.slice(),
    body: `对账单

{{customer.name}}：

现将截至{{asOf}}贵司在我司的账户明细列示如下，烦请核对：

{{invoiceTable}}

未付金额合计：{{total}}

如核对无误，烦请签字盖章后寄回或发送扫描件；如有不符之处：
{{disputeInstructions}}

付款信息：
{{paymentInstructions}}

联系方式：{{creditor.company}}：{{creditor.contactLine}}

{{creditor.company}}
{{asOf}}`,
  }),
  builtin('statement', 'wechat', L, {
    sections: FULL.slice(),
    body: `${WECHAT_HEAD}现将截至{{asOf}}贵司的账户明细发给您核对：\n{{invoiceTable}}\n未付合计：{{total}}。如核对无误请回复确认；如有不符，请告诉我具体的发票号，我们会尽快核实。\n付款信息：{{paymentInstructions}}\n谢谢！`,
  }),
  // ── 收款致谢 ──
  builtin('thanks', 'email', L, {
    subject: '收款确认：感谢{{customer.name}}的付款',
    sections: ['opt-out'],
    body: `${HELLO}

我们已于{{payment.date}}收到贵司付款{{payment.amount}}（发票{{invoiceNumbers}}），特此确认，感谢贵司的及时支付！{{#warm}}也感谢贵司一直以来对我们的信任，期待继续合作。{{/warm}}

如有任何需要，欢迎随时与我们联系。

${EMAIL_END}`,
  }),
  builtin('thanks', 'sms', L, {
    sections: ['opt-out'],
    body: `【{{creditor.company}}】{{customer.name}}{{contact.name}}您好，已于{{payment.date}}收到贵司付款{{payment.amount}}，感谢支持！{{optOut}}`,
  }),
  builtin('thanks', 'wechat', L, {
    body: `{{contact.name}}您好，已于{{payment.date}}收到贵司付款{{payment.amount}}（发票{{invoiceNumbers}}），感谢您的协助与支持！{{#warm}}期待继续合作！{{/warm}}`,
  }),
];
