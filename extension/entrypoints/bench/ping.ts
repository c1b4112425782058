import { sendMessage } from '../../lib/sendMessage';
import type { Identity } from '../../protocol/fields';

async function timed(count: number, run: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return times;
}

/**
 * The floor of the badge latency: a bare `{type:'ping'}` round trip to the background through the same
 * `sendMessage` the content scripts use, timed `count` times. Returns the samples in milliseconds.
 */
export function pingBench(count: number): Promise<number[]> {
  return timed(count, () => sendMessage({ type: 'ping' }));
}

/** The badge's own request without the page: a `lookup` round trip for `identity`, to split the latency. */
export function lookupBench(identity: Identity, count: number): Promise<number[]> {
  return timed(count, () => sendMessage({ type: 'lookup', identity }));
}
