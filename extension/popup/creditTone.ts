import type { CreditStatus } from 'shared/credit';

/** Colour family of a credit status, shared by the lookup list and the customer page. */
export const CREDIT_TONE: Record<CreditStatus, string> = { ok: 'ok', near: 'watch', over: 'bad', hold: 'severe' };
