/** How long typing must pause before the draft is linted. */
export const LINT_PAUSE_MS = 600;
/** Longest wait for an idle period once the pause is over (a busy page never idles). */
const IDLE_TIMEOUT_MS = 1000;

export interface IdleDebounce {
  /** (Re)starts the pause; the work runs once, in idle time, after the last call. */
  poke(): void;
  cancel(): void;
}

/**
 * Runs `work` once typing has paused for `pauseMs`, inside `requestIdleCallback` where the browser has it
 * (so linting never competes with keystrokes), else right after the pause.
 */
export function idleDebounce(work: () => void, pauseMs: number = LINT_PAUSE_MS, win: Window = window): IdleDebounce {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    if (idle !== undefined) win.cancelIdleCallback?.(idle);
    timer = undefined;
    idle = undefined;
  };
  const run = () => {
    timer = undefined;
    if (typeof win.requestIdleCallback === 'function') {
      idle = win.requestIdleCallback(
        () => {
          idle = undefined;
          work();
        },
        { timeout: IDLE_TIMEOUT_MS },
      );
    } else work();
  };
  return {
    poke() {
      cancel();
      timer = setTimeout(run, pauseMs);
    },
    cancel,
  };
}
