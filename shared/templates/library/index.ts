import type { ReminderTemplate } from '../types';
import { EN_TEMPLATES } from './en';
import { ZH_CN_TEMPLATES } from './zh_CN';

/** The built-in templates, zh_CN and en, all at version 1. A feed pack may add or supersede them. */
export const BUILTIN_TEMPLATES: readonly ReminderTemplate[] = [...ZH_CN_TEMPLATES, ...EN_TEMPLATES];
