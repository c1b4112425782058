export type UserRole = 'sales' | 'finance' | 'legal';
export const USER_ROLES: readonly UserRole[] = ['sales', 'finance', 'legal'];

/**
 * Who we are in a reminder (the creditor) and who is writing it (the user). The compliance profile (CN / US / EU)
 * lives in the rule settings (shared/db/ruleSettingsRepo), the one place that chooses the pack.
 */
export interface ReminderProfile {
  company: string;
  bankName: string;
  bankAccount: string;
  /** What the payer should write in the transfer's reference (附言). */
  paymentReference: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  disputeInstructions: string;
  optOutLine: string;
  userName: string;
  userRole: UserRole;
}

export const EMPTY_PROFILE: ReminderProfile = {
  company: '',
  bankName: '',
  bankAccount: '',
  paymentReference: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  disputeInstructions: '',
  optOutLine: '',
  userName: '',
  userRole: 'finance',
};

export type ProfileField = keyof ReminderProfile;

export interface ProfileProblem {
  field: ProfileField;
  message: { en: string; zh_CN: string };
}

/** Longest text accepted in any field. */
export const PROFILE_TEXT_MAX = 500;

const REQUIRED: readonly ProfileField[] = ['company', 'bankName', 'bankAccount', 'contactName', 'contactPhone', 'disputeInstructions', 'userName'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ()-]{5,24}$/;
const ACCOUNT = /^[0-9A-Za-z -]{6,40}$/;

/**
 * Problems that would make a reminder wrong or unrenderable, one per field at most. An empty list means
 * the profile is usable. Text fields are trimmed by `normalizeProfile` before checking.
 */
export function profileProblems(p: ReminderProfile): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const add = (field: ProfileField, en: string, zh_CN: string) => {
    if (!problems.some((x) => x.field === field)) problems.push({ field, message: { en, zh_CN } });
  };
  for (const field of REQUIRED) {
    if (String(p[field]).trim() === '') add(field, 'Required: reminders need this.', '必填：催款提醒需要此项。');
  }
  for (const [field, value] of Object.entries(p) as [ProfileField, string][]) {
    if (value.length > PROFILE_TEXT_MAX) add(field, `At most ${PROFILE_TEXT_MAX} characters.`, `最多 ${PROFILE_TEXT_MAX} 个字符。`);
  }
  if (p.contactEmail.trim() !== '' && !EMAIL.test(p.contactEmail.trim())) add('contactEmail', 'Not an e-mail address.', '不是有效的电子邮件地址。');
  if (p.contactPhone.trim() !== '' && !PHONE.test(p.contactPhone.trim())) add('contactPhone', 'Not a phone number (digits, spaces, + - ( ) only).', '不是有效的电话号码（只能包含数字、空格和 + - ( )）。');
  if (p.bankAccount.trim() !== '' && !ACCOUNT.test(p.bankAccount.trim())) add('bankAccount', 'Not an account number (6–40 letters or digits).', '不是有效的账号（6–40 位字母或数字）。');
  if (!USER_ROLES.includes(p.userRole)) add('userRole', 'Choose sales, finance or legal.', '请选择销售、财务或法务。');
  return problems;
}

/** Trims every text field and fills missing or unreadable ones from the empty profile. */
export function normalizeProfile(value: unknown): ReminderProfile {
  const source = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const out = { ...EMPTY_PROFILE };
  for (const key of Object.keys(EMPTY_PROFILE) as ProfileField[]) {
    const v = source[key];
    if (typeof v === 'string') (out as Record<ProfileField, string>)[key] = v.trim();
  }
  if (!USER_ROLES.includes(out.userRole)) out.userRole = EMPTY_PROFILE.userRole;
  return out;
}

/** The payment lines a template shows as {{paymentInstructions}}; undefined when no bank account is set. */
export function paymentInstructions(p: ReminderProfile, locale: 'zh_CN' | 'en'): string | undefined {
  if (p.bankAccount === '') return undefined;
  const zh = locale === 'zh_CN';
  const parts = [
    `${zh ? '收款单位' : 'Payee'}${zh ? '：' : ': '}${p.company}`,
    `${zh ? '开户行' : 'Bank'}${zh ? '：' : ': '}${p.bankName}`,
    `${zh ? '账号' : 'Account'}${zh ? '：' : ': '}${p.bankAccount}`,
  ];
  if (p.paymentReference !== '') parts.push(`${zh ? '付款附言' : 'Reference'}${zh ? '：' : ': '}${p.paymentReference}`);
  return parts.join('\n');
}
