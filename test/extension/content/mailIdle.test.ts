import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleDebounce } from '../../../extension/content/mailIdle';

/** A window whose idle callbacks run only when the test says so. */
function idleWindow() {
  const pending = new Map<number, () => void>();
  let next = 0;
  const win = {
    requestIdleCallback: (cb: () => void) => {
      pending.set(++next, cb);
      return next;
    },
    cancelIdleCallback: (id: number) => pending.delete(id),
  };
  const idle = () => {
    const calls = [...pending.values()];
    pending.clear();
    for (const cb of calls) cb();
  };
  return { win: win as unknown as Window, pending, idle };
}

describe('idleDebounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, in idle time, after the last of many pokes', () => {
    const { win, pending, idle } = idleWindow();
    let runs = 0;
    const d = idleDebounce(() => runs++, 600, win);
    for (let i = 0; i < 10; i++) {
      d.poke();
      vi.advanceTimersByTime(100);
    }
    expect(pending.size).toBe(0);
    vi.advanceTimersByTime(500);
    expect(pending.size).toBe(1);
    expect(runs).toBe(0);
    idle();
    expect(runs).toBe(1);
  });

  it('a poke while waiting for idle time replaces the pending run; cancel drops it', () => {
    const { win, pending, idle } = idleWindow();
    let runs = 0;
    const d = idleDebounce(() => runs++, 600, win);
    d.poke();
    vi.advanceTimersByTime(600);
    d.poke();
    expect(pending.size).toBe(0);
    vi.advanceTimersByTime(600);
    d.cancel();
    idle();
    expect(runs).toBe(0);
  });

  it('runs right after the pause where the browser has no requestIdleCallback', () => {
    let runs = 0;
    const d = idleDebounce(() => runs++, 600, {} as Window);
    d.poke();
    vi.advanceTimersByTime(599);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(1);
    expect(runs).toBe(1);
  });
});
