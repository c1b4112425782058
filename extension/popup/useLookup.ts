import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../lib/sendMessage';
import type { SearchResult } from '../protocol/search';

export const RESULT_LIMIT = 8;

export type LookupState =
  | { phase: 'loading' }
  | { phase: 'error'; reason: string }
  | { phase: 'done'; result: SearchResult };

/**
 * One `search` request per change of the query. Replies can arrive out of order; only the reply to the
 * latest request is shown, so a slow early keystroke never overwrites a later one.
 */
export function useLookup(query: string): LookupState {
  const [state, setState] = useState<LookupState>({ phase: 'loading' });
  const latest = useRef(0);
  useEffect(() => {
    const seq = ++latest.current;
    sendMessage({ type: 'search', query: query.slice(0, 200), limit: RESULT_LIMIT })
      .then((result) => {
        if (seq === latest.current) setState({ phase: 'done', result });
      })
      .catch((error: unknown) => {
        if (seq === latest.current) setState({ phase: 'error', reason: error instanceof Error ? error.message : String(error) });
      });
  }, [query]);
  return state;
}
