import { type ExtractionReport, parseGenericSiteConfig, testExtraction } from 'connectors/generic';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

/** The isolated-world global through which the options page's "test on this tab" calls the extraction. */
export type GenericExtractGlobal = { arLensTestExtraction?: (config: unknown) => ExtractionReport | { invalid: true } };

/**
 * Injected into a tab by the options page (`scripting.executeScript({ files })`) before a function call that
 * passes the site description as an argument: injected functions cannot close over variables, so the extraction
 * code travels as this file and the description as data, validated again here.
 */
export default defineUnlistedScript(() => {
  (globalThis as GenericExtractGlobal).arLensTestExtraction = (config) => {
    const parsed = parseGenericSiteConfig(config);
    return parsed.ok ? testExtraction(parsed.config, document, location.href) : { invalid: true };
  };
});
