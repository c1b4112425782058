import type { Tier } from '../../ledger';
import type {
  ReminderTemplate,
  TemplateChannel,
  TemplateLocale,
  TemplateSection,
  TemplateStage,
} from '../types';

export interface BuiltinParts {
  subject?: string;
  body: string;
  tierTone?: Tier[];
  sections?: TemplateSection[];
  /** Distinguishes several variants of one stage/channel/locale ("a" for the A-tier variant). */
  variant?: string;
}

/** A built-in template, version 1; its id is `builtin.<stage>.<channel>.<locale>[.<variant>]`. */
export function builtin(
  stage: TemplateStage,
  channel: TemplateChannel,
  locale: TemplateLocale,
  parts: BuiltinParts,
): ReminderTemplate {
  const { variant, ...rest } = parts;
  return {
    id: `builtin.${stage}.${channel}.${locale}${variant ? `.${variant}` : ''}`,
    version: 1,
    stage,
    channel,
    locale,
    source: 'builtin',
    ...rest,
  };
}
