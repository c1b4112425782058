import type { Contact, Customer, Invoice } from '../ledger';
import type { CurrencyCode } from '../money';

/** A user-visible text in both UI languages. */
export interface Message {
  en: string;
  zh_CN: string;
}

/** The columns of the canonical AR Lens ledger (see README.md); every import maps onto these. */
export const CANONICAL_FIELDS = [
  'customer_code',
  'customer_name',
  'uscc',
  'tier',
  'credit_limit',
  'credit_currency',
  'owner',
  'email_domains',
  'time_zone',
  'crm_ids',
  'contact_name',
  'contact_email',
  'contact_phone',
  'invoice_number',
  'kind',
  'status',
  'issue_date',
  'due_date',
  'currency',
  'amount',
  'open_amount',
  'paid_amount',
  'paid_date',
  'disputed',
  'note',
] as const;
export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/** One cell as it arrives: text from CSV, typed values from XLSX or JSON. */
export type Cell = string | number | boolean | Date | null | undefined;

/** One source row keyed by canonical field. */
export type RawRecord = Partial<Record<CanonicalField, Cell>>;

export type IssueSeverity = 'error' | 'warning';

export interface ImportIssue {
  /** 1-based line (CSV/TSV, the line where the record starts) or row (XLSX) as the user sees it; 0 = the whole file. */
  row: number;
  /** The source column's header text, when the issue concerns one cell. */
  column?: string;
  /** XLSX sheet name, when the file has sheets. */
  sheet?: string;
  code: string;
  message: Message;
  severity: IssueSeverity;
}

export interface MappedColumn {
  /** 0-based column index in the source table. */
  index: number;
  /** Header text as it appears in the file (merged header rows joined). */
  header: string;
}

export interface ColumnMapping {
  fields: Partial<Record<CanonicalField, MappedColumn>>;
  unmapped: MappedColumn[];
  /** 1-based row of the header (0 when no header was found). */
  headerRow: number;
  /** Stable key of the header set, for saving a corrected mapping as a profile (see mappingProfileKey). */
  profileKey: string;
  sheet?: string;
}

/**
 * A user's mapping correction: canonical field → header text (matched case- and space-insensitively),
 * 0-based column index, or null to leave the field unmapped. Fields not named keep the detected column.
 */
export type MappingOverride = Partial<Record<CanonicalField, string | number | null>>;

export interface ParseOptions {
  /** Correct the detected column mapping (e.g. a saved profile for this header set). */
  mapping?: MappingOverride;
  /** 1-based line/row of the header when the user points at it; found by its texts otherwise. */
  headerRow?: number;
  /** How to read 09/11/2025: day-first or month-first. Without it the data decides or the rows are reported. */
  dateOrder?: 'DMY' | 'MDY';
  /** Currency of rows that name none (no currency column, no symbol). Without it CNY is assumed and reported. */
  defaultCurrency?: CurrencyCode;
  /** What a bare "$" means (USD when absent, reported as an assumption). */
  dollarCurrency?: CurrencyCode;
  /** Force the decimal separator of amounts; detected from the data otherwise. */
  decimalSeparator?: '.' | ',';
  /** CRM system for bare record ids in the crm_ids column (e.g. "salesforce"). */
  crmSystem?: string;
  /** Called after each chunk of rows: rows done, rows in total. */
  onProgress?: (done: number, total: number) => void;
}

export interface AsyncParseOptions extends ParseOptions {
  /** Rows validated between two yields to the event loop (default 2000). */
  chunkSize?: number;
  signal?: AbortSignal;
}

export interface ImportedCrmLink {
  system: string;
  recordId: string;
  customerId: string;
}

export interface ParseStats {
  /** Non-blank rows below the header (all sheets). */
  dataRows: number;
  /** Rows fully imported. */
  imported: number;
  /** Rows skipped because of an error. */
  skipped: number;
  /** Totals, subtotals, section and footer rows left out (reported as warnings). */
  ignored: number;
  blankRows: number;
  customers: number;
  invoices: number;
  contacts: number;
  /** Sum of invoice amounts per currency, minor units. */
  amountByCurrency: Record<CurrencyCode, number>;
  /** Sum of open amounts per currency, minor units. */
  openByCurrency: Record<CurrencyCode, number>;
}

export interface ParseResult {
  customers: Customer[];
  invoices: Invoice[];
  contacts: Contact[];
  crmLinks: ImportedCrmLink[];
  issues: ImportIssue[];
  mapping: ColumnMapping;
  /** "utf-8", "utf-16le", "utf-16be", "gb18030", "xlsx", "json" (feeds) or "rows" (parseLedgerRows). */
  encoding: string;
  stats: ParseStats;
}
