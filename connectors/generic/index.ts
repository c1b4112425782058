/** The generic connector: user-described (or preset) web CRMs and ERPs. */
export type { AnchorMode, Extractor, GenericSiteConfig, LabelExtractor, SelectorExtractor, UrlExtractor } from './config';
export { createGenericConnector, genericConnectorId } from './connector';
export type { Message, MessageKey } from './messages';
export { MESSAGES } from './messages';
export { CHANJET, GENERIC_PRESETS, JIANDAOYUN, KINGDEE_K3CLOUD, YONYOU_YONSUITE } from './presets';
export { type ConfigError, matchPatternProblem, type ParseResult, parseGenericSiteConfig } from './schema';
export { type ExtractionReport, type FieldReport, testExtraction } from './testExtraction';
