/**
 * Every variable a template may use, with its kind. `validateTemplate` checks names against this tree;
 * the template editor lists it. Inside a list section (`{{#invoices}}`) the item fields are in scope.
 */
export type VariableSpec =
  | { kind: 'text' }
  | { kind: 'block' }
  | { kind: 'flag' }
  | { kind: 'object'; fields: Record<string, VariableSpec> }
  | { kind: 'list'; item: Record<string, VariableSpec> };

const text: VariableSpec = { kind: 'text' };
const flag: VariableSpec = { kind: 'flag' };
const obj = (fields: Record<string, VariableSpec>): VariableSpec => ({ kind: 'object', fields });

export const TEMPLATE_VARIABLES: Record<string, VariableSpec> = {
  asOf: text,
  customer: obj({ name: text, code: text }),
  tier: text,
  /** True for A-tier customers: lets one template be warmer for them. */
  warm: flag,
  contact: obj({ name: text, title: text }),
  sender: obj({ name: text, title: text, phone: text, email: text }),
  creditor: obj({ company: text, contactName: text, phone: text, email: text, address: text, contactLine: text }),
  invoices: {
    kind: 'list',
    item: {
      number: text,
      issueDate: text,
      dueDate: text,
      amount: text,
      open: text,
      currency: text,
      overdue: flag,
      daysOverdue: text,
      disputed: flag,
    },
  },
  invoiceCount: text,
  invoiceNumbers: text,
  /** "invoice INV-1" / "invoices INV-1 and INV-2" / "发票INV-1及INV-2". */
  invoiceRef: text,
  invoiceTable: { kind: 'block' },
  totals: { kind: 'list', item: { amount: text, currency: text } },
  total: text,
  dueDate: text,
  daysOverdue: text,
  daysUntilDue: text,
  paymentInstructions: text,
  disputeInstructions: text,
  optOut: text,
  promise: obj({ date: text, amount: text }),
  payment: obj({ date: text, amount: text }),
  period: obj({ from: text, to: text }),
};

/** The spec at a dotted path within a set of fields, or undefined when unknown. */
export function specAt(fields: Record<string, VariableSpec>, path: string): VariableSpec | undefined {
  let spec: VariableSpec | undefined = { kind: 'object', fields };
  for (const key of path.split('.')) {
    if (spec?.kind !== 'object') return undefined;
    spec = Object.hasOwn(spec.fields, key) ? spec.fields[key] : undefined;
  }
  return spec;
}
