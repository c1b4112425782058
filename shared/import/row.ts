import type { InvoiceKind, IsoDate, Tier } from '../ledger';
import { type CurrencyCode, type Money, minorToDecimal } from '../money';
import { type AmountText, type DecimalSeparator, currencyFromText, decimalTextToMinor, numberToMinor, parseAmountText } from './amounts';
import { type DateOrder, parseDateCell } from './dates';
import {
  booleanFromText,
  companyDomainOf,
  crmIdsFromText,
  domainsFromText,
  emailsFromText,
  isTimeZone,
  kindFromText,
  tierFromText,
  usccFromText,
} from './fields';
import { type IssueCode, issueMessage } from './messages';
import { cellText, customerIdFromName } from './text';
import type { CanonicalField, Cell, ImportIssue, RawRecord } from './types';

export interface CrmLinkRef {
  system: string;
  recordId: string;
}

/** How the rows of one source are read; settled once per file (or feed) before the rows are validated. */
export interface RowContext {
  dateOrder: DateOrder | null;
  decimalSeparator: DecimalSeparator | null;
  /** Currency of rows that name none; null means such rows are errors. */
  defaultCurrency: CurrencyCode | null;
  /** What a bare "$" means. */
  dollarCurrency: CurrencyCode;
  crmSystem?: string;
  /** The source has no amount column: amount = open amount. */
  amountFromOpen: boolean;
  /** Header text of a field's column, for issues. */
  columnOf: (field: CanonicalField) => string | undefined;
  /** Customer code known for this name (compared normalised) from other rows, so name-only rows join that customer. */
  codeForName: (name: string) => string | undefined;
}

/** What a row says about its customer; only the cells it fills. */
export interface CustomerFacts {
  id: string;
  code?: string;
  name: string;
  /** The name is only the code (the row had no name). */
  nameIsCode: boolean;
  uscc?: string;
  tier?: Tier;
  creditLimit?: Money;
  owner?: string;
  emailDomains: string[];
  timeZone?: string;
}

export interface ContactFacts {
  name: string;
  email?: string;
  phone?: string;
}

export interface InvoiceFacts {
  number: string;
  kind: InvoiceKind;
  issueDate: IsoDate;
  dueDate: IsoDate;
  currency: CurrencyCode;
  amount: number;
  openAmount: number;
  paidDate?: IsoDate;
  disputed?: boolean;
  note?: string;
}

export interface ValidRow {
  customer: CustomerFacts;
  contacts: ContactFacts[];
  crmLinks: CrmLinkRef[];
  invoice?: InvoiceFacts;
}

/** Assumptions a row relied on, reported once per file by the caller. */
export interface RowAssumptions {
  dollar: boolean;
  defaultCurrency: boolean;
  issueDateFromDue: boolean;
}

export interface RowOutcome {
  /** Null when the row has an error and must be skipped. */
  row: ValidRow | null;
  issues: ImportIssue[];
  assumptions: RowAssumptions;
}

/** Cells that make a row an invoice row; a row with none of them only describes a customer. */
const INVOICE_FIELDS: readonly CanonicalField[] = [
  'invoice_number',
  'issue_date',
  'due_date',
  'amount',
  'open_amount',
  'paid_amount',
  'paid_date',
];

class RowReader {
  readonly issues: ImportIssue[] = [];
  readonly assumptions: RowAssumptions = { dollar: false, defaultCurrency: false, issueDateFromDue: false };
  failed = false;
  /** Amount cells parsed once: the currency and the value both need them. */
  private readonly amounts = new Map<CanonicalField, AmountText | null>();

  constructor(
    private readonly record: RawRecord,
    private readonly ctx: RowContext,
    private readonly rowNumber: number,
    private readonly sheet: string | undefined,
  ) {}

  cell(field: CanonicalField): Cell {
    return this.record[field];
  }

  text(field: CanonicalField): string {
    return cellText(this.record[field]);
  }

  report(
    field: CanonicalField | undefined,
    code: IssueCode,
    params: Record<string, string | number>,
    severity: 'error' | 'warning' = 'error',
  ): void {
    if (severity === 'error') this.failed = true;
    const column = field ? this.ctx.columnOf(field) : undefined;
    this.issues.push({
      row: this.rowNumber,
      ...(column !== undefined ? { column } : {}),
      ...(this.sheet !== undefined ? { sheet: this.sheet } : {}),
      code,
      message: issueMessage(code, params),
      severity,
    });
  }

  date(field: CanonicalField): IsoDate | undefined {
    const cell = this.cell(field);
    if (cellText(cell) === '') return undefined;
    const parsed = parseDateCell(cell, this.ctx.dateOrder);
    if (parsed.ok) return parsed.date;
    const value = cellText(cell);
    this.report(field, parsed.reason === 'ambiguous' ? 'ambiguous-date' : 'invalid-date', { value });
    return undefined;
  }

  private amountText(field: CanonicalField): AmountText | null {
    let parsed = this.amounts.get(field);
    if (parsed === undefined) {
      parsed = parseAmountText(this.text(field), this.ctx.decimalSeparator);
      this.amounts.set(field, parsed);
    }
    return parsed;
  }

  /** An amount cell in minor units; `currency` is decided by the caller from the column and the symbol. */
  amount(field: CanonicalField, currency: CurrencyCode): number | undefined {
    const cell = this.cell(field);
    if (typeof cell === 'number') {
      const r = numberToMinor(cell, currency);
      if (r.ok) return r.minor;
      this.report(field, r.reason, { value: String(cell), currency });
      return undefined;
    }
    const value = cellText(cell);
    const parsed = this.amountText(field);
    if (!parsed) {
      this.report(field, 'invalid-amount', { value });
      return undefined;
    }
    const r = decimalTextToMinor(parsed.decimal, currency);
    if (r.ok) return r.minor;
    this.report(field, r.reason, { value, currency });
    return undefined;
  }

  /** The currency an amount cell names by symbol or code, if any. */
  symbolCurrency(field: CanonicalField): AmountText | null {
    return typeof this.cell(field) === 'string' ? this.amountText(field) : null;
  }

  /** Currency of a money pair (column + amount cell), or undefined after reporting. */
  currencyFor(
    currencyField: CanonicalField,
    amountFields: CanonicalField[],
    fallback: CurrencyCode | null,
    noteFallback = false,
  ): CurrencyCode | undefined {
    const columnText = this.text(currencyField);
    let column: CurrencyCode | undefined;
    if (columnText !== '') {
      const code = currencyFromText(columnText);
      if (!code) {
        this.report(currencyField, 'unknown-currency', { value: columnText });
        return undefined;
      }
      column = code;
    }
    let marked: CurrencyCode | undefined;
    let bareDollar = false;
    for (const f of amountFields) {
      const s = this.symbolCurrency(f);
      if (!s) continue;
      if (s.currency) {
        const against = column ?? marked;
        if (against && s.currency !== against) {
          this.report(f, 'currency-conflict', { symbol: s.symbol ?? s.currency, currency: against });
          return undefined;
        }
        marked ??= s.currency;
      }
      if (s.bareDollar) bareDollar = true;
    }
    if (column) {
      // "$" next to a column saying CNY or EUR contradicts it; next to USD, CAD, HKD… it is just the symbol.
      if (bareDollar && !column.endsWith('D')) {
        this.report(amountFields[0], 'currency-conflict', { symbol: '$', currency: column });
        return undefined;
      }
      return column;
    }
    if (marked) {
      if (bareDollar && !marked.endsWith('D')) {
        this.report(amountFields[0], 'currency-conflict', { symbol: '$', currency: marked });
        return undefined;
      }
      return marked;
    }
    if (bareDollar) {
      this.assumptions.dollar = true;
      return this.ctx.dollarCurrency;
    }
    if (fallback) {
      if (noteFallback) this.assumptions.defaultCurrency = true;
      return fallback;
    }
    this.report(currencyField, 'missing-value', { field: currencyField });
    return undefined;
  }

  customer(): CustomerFacts | undefined {
    const code = this.text('customer_code');
    const name = this.text('customer_name');
    if (code === '' && name === '') {
      this.report('customer_name', 'missing-value', { field: 'customer_name' });
      return undefined;
    }
    const derived = code === '' ? customerIdFromName(name) : '';
    const id = code !== '' ? code : (this.ctx.codeForName(name) ?? derived);
    const facts: CustomerFacts = {
      id,
      name: name !== '' ? name : code,
      nameIsCode: name === '',
      emailDomains: [],
    };
    if (code !== '') facts.code = code;
    else if (id !== derived) facts.code = id;
    const tierText = this.text('tier');
    if (tierText !== '') {
      const tier = tierFromText(tierText);
      if (tier) facts.tier = tier;
      else this.report('tier', 'invalid-tier', { value: tierText }, 'warning');
    }
    const usccText = this.text('uscc');
    if (usccText !== '') {
      const uscc = usccFromText(usccText);
      if (uscc) facts.uscc = uscc;
      else this.report('uscc', 'invalid-uscc', { value: usccText }, 'warning');
    }
    const owner = this.text('owner');
    if (owner !== '') facts.owner = owner;
    const tz = this.text('time_zone');
    if (tz !== '') {
      if (isTimeZone(tz)) facts.timeZone = tz;
      else this.report('time_zone', 'invalid-time-zone', { value: tz }, 'warning');
    }
    const domains = domainsFromText(this.text('email_domains'));
    facts.emailDomains = domains.domains;
    for (const bad of domains.invalid) this.report('email_domains', 'invalid-email', { value: bad }, 'warning');
    if (this.text('credit_limit') !== '') {
      const currency = this.currencyFor('credit_currency', ['credit_limit'], this.creditFallback());
      const limit = currency ? this.amount('credit_limit', currency) : undefined;
      if (currency && limit !== undefined) facts.creditLimit = { amount: limit, currency };
    }
    return facts;
  }

  /** Credit limits without a currency take the row's invoice currency, else the default, else CNY. */
  private creditFallback(): CurrencyCode {
    return currencyFromText(this.text('currency')) ?? this.ctx.defaultCurrency ?? 'CNY';
  }

  contacts(): ContactFacts[] {
    const name = this.text('contact_name');
    const phone = this.text('contact_phone');
    const { emails, invalid } = emailsFromText(this.text('contact_email'));
    for (const bad of invalid) this.report('contact_email', 'invalid-email', { value: bad }, 'warning');
    const contact = (contactName: string, email?: string): ContactFacts => {
      const c: ContactFacts = { name: contactName };
      if (email) c.email = email;
      if (phone !== '') c.phone = phone;
      return c;
    };
    if (emails.length === 0) return name !== '' ? [contact(name)] : [];
    return emails.map((email) => contact(name !== '' ? name : email, email));
  }

  crmLinks(): CrmLinkRef[] {
    const { links, invalid } = crmIdsFromText(this.text('crm_ids'), this.ctx.crmSystem);
    for (const bad of invalid) this.report('crm_ids', 'invalid-crm-id', { value: bad }, 'warning');
    return links;
  }

  invoice(): InvoiceFacts | undefined {
    const number = this.text('invoice_number');
    if (number === '') this.report('invoice_number', 'missing-value', { field: 'invoice_number' });
    if (this.text('due_date') === '') this.report('due_date', 'missing-value', { field: 'due_date' });
    const dueDate = this.date('due_date');
    const issued = this.date('issue_date');
    const paidDate = this.date('paid_date');
    const amountField: CanonicalField = this.ctx.amountFromOpen ? 'open_amount' : 'amount';
    if (this.text(amountField) === '') this.report(amountField, 'missing-value', { field: amountField });
    const currency = this.currencyFor('currency', ['amount', 'open_amount', 'paid_amount'], this.ctx.defaultCurrency, true);
    const money = (field: CanonicalField) =>
      currency && this.text(field) !== '' ? this.amount(field, currency) : undefined;
    let amount = money(amountField);
    let open = money('open_amount');
    const paid = money('paid_amount');
    const kindText = this.text('kind');
    const kind = kindText === '' ? null : kindFromText(kindText);
    if (kindText !== '' && !kind) this.report('kind', 'invalid-kind', { value: kindText });
    const disputedText = this.text('disputed');
    const disputed = disputedText === '' ? null : booleanFromText(disputedText);
    if (disputedText !== '' && disputed === null) this.report('disputed', 'invalid-boolean', { value: disputedText });
    if (this.failed || !currency || amount === undefined || !dueDate) return undefined;
    if (open === undefined) open = paid !== undefined ? amount - paid : paidDate ? 0 : amount;
    if (kind === 'credit-note') {
      amount = -Math.abs(amount);
      open = -Math.abs(open);
    }
    if (Math.abs(open) > Math.abs(amount) || (open !== 0 && Math.sign(open) !== Math.sign(amount))) {
      this.report('open_amount', 'open-exceeds-amount', {
        open: this.text('open_amount') || minorToDecimal(open, currency),
        amount: this.text(amountField),
      });
      return undefined;
    }
    if (!issued) this.assumptions.issueDateFromDue = true;
    const note = this.text('note');
    // Built field by field (no conditional spreads): this runs once per row of large files.
    const facts: InvoiceFacts = {
      number,
      kind: amount < 0 || kind === 'credit-note' ? 'credit-note' : 'invoice',
      issueDate: issued ?? dueDate,
      dueDate,
      currency,
      amount,
      openAmount: open,
    };
    if (paidDate) facts.paidDate = paidDate;
    if (disputed !== null) facts.disputed = disputed;
    if (note !== '') facts.note = note;
    return facts;
  }
}

/** True when the row carries any invoice cell (as opposed to describing a customer only). */
export function hasInvoiceData(record: RawRecord): boolean {
  return INVOICE_FIELDS.some((f) => cellText(record[f]) !== '');
}

/**
 * Validates one row of canonical fields — from a file or a feed alike. Either the whole row is valid
 * (customer, contacts, CRM links and invoice) or `row` is null and the issues say why; warnings never drop data
 * other than the bad cell.
 */
export function validateRecord(record: RawRecord, ctx: RowContext, rowNumber: number, sheet?: string): RowOutcome {
  const r = new RowReader(record, ctx, rowNumber, sheet);
  const customer = r.customer();
  const contacts = r.contacts();
  const crmLinks = r.crmLinks();
  const invoiceRow = hasInvoiceData(record);
  const invoice = invoiceRow ? r.invoice() : undefined;
  if (!customer || r.failed || (invoiceRow && !invoice)) {
    return { row: null, issues: r.issues, assumptions: r.assumptions };
  }
  for (const c of contacts) {
    const domain = c.email ? companyDomainOf(c.email) : null;
    if (domain && !customer.emailDomains.includes(domain)) customer.emailDomains.push(domain);
  }
  const row: ValidRow = { customer, contacts, crmLinks };
  if (invoice) row.invoice = invoice;
  return { row, issues: r.issues, assumptions: r.assumptions };
}
