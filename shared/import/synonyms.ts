import type { CanonicalField } from './types';

/**
 * Header texts seen in exports from 金蝶 K3/Cloud, 用友/畅捷通, Zoho Books, QuickBooks, Xero, Salesforce
 * reports and hand-made Excel sheets, per canonical field, best match first. Compared with `looseKey`
 * (case, width, spaces and punctuation ignored), so "Invoice No." matches "invoice no".
 */
export const HEADER_SYNONYMS: Record<CanonicalField, readonly string[]> = {
  customer_code: [
    'customer_code', 'customer code', 'customer no', 'customer number', 'customer id', 'account number',
    'client code', '客户编码', '客户代码', '客户编号', '往来单位编码', '往来单位代码', '单位编码', '客户号',
  ],
  customer_name: [
    'customer_name', 'customer name', 'customer', 'account name', 'account', 'client', 'client name',
    'company', 'company name', 'customer display name', 'display name', '客户名称', '往来单位', '往来单位名称',
    '客户', '单位名称', '客户全称', '购货单位', '购买方名称', '客户简称', 'contact',
  ],
  uscc: ['uscc', 'unified social credit code', 'credit code', 'tax id', '统一社会信用代码', '信用代码', '纳税人识别号', '税号'],
  tier: ['tier', 'customer tier', 'grade', 'customer grade', '客户等级', '等级', '客户级别', '级别'],
  credit_limit: ['credit_limit', 'credit limit', 'credit line', '信用额度', '信用限额', '授信额度'],
  credit_currency: ['credit_currency', 'credit currency', 'credit limit currency', '信用额度币种', '额度币种'],
  owner: [
    'owner', 'sales rep', 'salesperson', 'sales person', 'account owner', 'opportunity owner', 'rep',
    '业务员', '销售员', '负责人', '客户经理', '销售代表', '业务员名称', '销售人员',
  ],
  email_domains: ['email_domains', 'email domains', 'email domain', 'domains', 'domain', '邮箱域名', '域名'],
  time_zone: ['time_zone', 'time zone', 'timezone', '时区'],
  crm_ids: ['crm_ids', 'crm ids', 'crm id', 'account id', 'crm record id', 'crm编号', 'crm id号'],
  contact_name: [
    'contact_name', 'contact name', 'contact person', 'billing contact', 'primary contact', 'attention',
    '联系人', '联系人姓名', '联系人名称',
  ],
  contact_email: [
    'contact_email', 'contact email', 'email', 'email address', 'e-mail', 'billing email', '邮箱', '电子邮件',
    '电子邮箱', '联系人邮箱', '邮件地址',
  ],
  contact_phone: [
    'contact_phone', 'contact phone', 'phone', 'telephone', 'mobile', 'phone number', '电话', '联系电话', '手机',
    '手机号', '联系人电话',
  ],
  invoice_number: [
    'invoice_number', 'invoice number', 'invoice no', 'invoice #', 'invoice', 'num', 'number', 'no',
    'document number', 'doc no', 'transaction number', 'invoice num', 'reference number', '单据编号',
    '发票号', '发票号码', '单据号', '单号', '发票编号', '单据编码', '应收单号', '销售发票号',
  ],
  kind: ['kind', 'type', 'transaction type', 'document type', 'invoice type', '单据类型', '类型', '业务类型'],
  status: ['status', 'invoice status', 'document status', '单据状态', '状态'],
  issue_date: [
    'issue_date', 'invoice date', 'issue date', 'date', 'document date', 'posting date', 'transaction date',
    '单据日期', '开票日期', '业务日期', '日期', '发票日期', '记账日期',
  ],
  due_date: [
    'due_date', 'due date', 'due on', 'payment due date', 'date due', '到期日', '应收日期', '到期日期',
    '应收款日期', '最迟收款日期', '预计收款日期',
  ],
  currency: ['currency', 'currency code', 'ccy', 'amount currency', 'invoice currency', '币别', '币种', '货币'],
  amount: [
    'amount', 'total', 'invoice amount', 'invoice total', 'total amount', 'original amount', '价税合计', '金额',
    '应收金额', '发票金额', '原币金额', '含税金额', '单据金额', '本币金额', '价税合计本位币',
  ],
  open_amount: [
    'open_amount', 'open balance', 'balance due', 'amount due', 'open amount', 'balance', 'outstanding',
    'outstanding amount', 'due', 'invoice amount due', 'remaining', '未核销金额', '余额', '应收余额', '未收金额',
    '未收款金额', '剩余金额', '原币余额', '未核销余额', '本币余额', '未收余额',
  ],
  paid_amount: [
    'paid_amount', 'paid amount', 'amount paid', 'paid', 'payments', 'invoice amount paid', '已核销金额',
    '已收金额', '已收款金额', '核销金额', '收款金额',
  ],
  paid_date: [
    'paid_date', 'paid date', 'payment date', 'date paid', 'last payment date', 'fully paid on date', '收款日期',
    '核销日期', '付款日期', '回款日期',
  ],
  disputed: ['disputed', 'dispute', 'in dispute', '争议', '是否争议', '有争议'],
  note: ['note', 'notes', 'memo', 'description', 'comment', 'comments', 'remarks', 'memo/description', '备注', '摘要', '说明'],
};
