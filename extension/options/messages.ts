import { defineMessages, translator } from '../i18n';

/** Strings of the options page. */
export const optionsMessages = defineMessages(
  {
    optionsTitle: 'AR Lens settings',
    importHeading: 'Import a ledger',
    importHelp: 'CSV in the AR Lens columns (see the README). Rows with errors are skipped and listed; the rest are imported in one step.',
    chooseFile: 'Choose a CSV file',
    importMode: 'Import mode',
    modeReplace: 'Replace the ledger',
    modeMerge: 'Merge into the ledger',
    importing: 'Importing {file}…',
    imported: 'Imported {customers} customers, {invoices} invoices and {contacts} contacts from {file}.',
    importFailed: 'Nothing was imported: {reason}',
    issuesHeading: '{count} problems',
    issueRow: 'Row {row}',
    issueColumn: 'Column',
    issueReason: 'Problem',
    ledgerNow: 'In the ledger now: {customers} customers, {invoices} invoices, {contacts} contacts.',
    language: 'Language',
    languageAuto: 'Browser default',
  },
  {
    optionsTitle: '应收透镜设置',
    importHeading: '导入应收台账',
    importHelp: 'CSV 文件，列名见 README。出错的行会被跳过并列出，其余的行一次性导入。',
    chooseFile: '选择 CSV 文件',
    importMode: '导入方式',
    modeReplace: '替换现有台账',
    modeMerge: '合并到现有台账',
    importing: '正在导入 {file}…',
    imported: '已从 {file} 导入 {customers} 个客户、{invoices} 张发票、{contacts} 个联系人。',
    importFailed: '未导入任何数据：{reason}',
    issuesHeading: '{count} 个问题',
    issueRow: '第 {row} 行',
    issueColumn: '列',
    issueReason: '问题',
    ledgerNow: '当前台账：{customers} 个客户、{invoices} 张发票、{contacts} 个联系人。',
    language: '语言',
    languageAuto: '跟随浏览器',
  },
);

export const t = translator(optionsMessages);
