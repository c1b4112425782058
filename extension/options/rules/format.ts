import type { Basis, Channel, RuleSource } from 'shared/compliance';
import { type RulesKey, t } from './messages';

export function basisLabel(basis: Basis): string {
  return t(`basis_${basis}` as RulesKey);
}

export function channelsLabel(channels: readonly Channel[] | 'all'): string {
  return channels === 'all' ? t('allChannels') : channels.map((c) => t(`channel_${c}` as RulesKey)).join(', ');
}

/** "Title, article (issuer)" of a source, as people cite it. */
export function sourceText(source: RuleSource): string {
  const head = source.article ? `${source.title} ${source.article}` : source.title;
  return source.issuer ? `${head} (${source.issuer})` : head;
}
