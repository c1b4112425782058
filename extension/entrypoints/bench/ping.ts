import { sendMessage } from '../../lib/sendMessage';

/**
 * The floor of the badge latency: a bare `{type:'ping'}` round trip to the background through the same
 * `sendMessage` the content scripts use, timed `count` times. Returns the samples in milliseconds.
 */
export async function pingBench(count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    await sendMessage({ type: 'ping' });
    times.push(performance.now() - t0);
  }
  return times;
}
