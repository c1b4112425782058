import { fullViewBench } from './fullView';
import { lookupBench, pingBench } from './ping';

/**
 * Benchmarks that must run inside the extension's origin with the real bundled code. Playwright calls them
 * through `window.arLensBench`; each returns plain numbers.
 */
const benches = { fullViewBench, pingBench, lookupBench };

declare global {
  interface Window {
    arLensBench: typeof benches;
  }
}

window.arLensBench = benches;
