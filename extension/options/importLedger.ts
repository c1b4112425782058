import type { WriteSummary } from 'shared/db';
import { sendMessage } from '../lib/sendMessage';
import type { ImportPhase, ParseChoices, Review, WorkerEvent, WorkerRequest } from './import/workerProtocol';

export type Progress = { phase: ImportPhase; done: number; total: number };

/**
 * The options page's side of the import worker: one request at a time, answered by the worker's next
 * `parsed` / `written` / `failed` event; progress events go to `onProgress` meanwhile.
 */
export class LedgerImporter {
  private worker: Worker | null = null;
  private pending: { resolve(e: WorkerEvent): void } | null = null;

  constructor(private readonly onProgress: (p: Progress) => void) {}

  private request(message: WorkerRequest, transfer: Transferable[] = []): Promise<WorkerEvent> {
    if (!this.worker) {
      this.worker = new Worker(new URL('./import/import.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (e: MessageEvent<WorkerEvent>) => {
        if (e.data.type === 'progress') this.onProgress(e.data);
        else this.settle(e.data);
      };
      this.worker.onerror = (e) => this.settle({ type: 'failed', reason: e.message || 'worker error' });
    }
    return new Promise((resolve) => {
      this.pending = { resolve };
      this.worker?.postMessage(message, transfer);
    });
  }

  private settle(event: WorkerEvent) {
    const pending = this.pending;
    this.pending = null;
    pending?.resolve(event);
  }

  private async expect<T extends WorkerEvent['type']>(type: T, message: WorkerRequest, transfer?: Transferable[]) {
    const event = await this.request(message, transfer);
    if (event.type === 'failed') throw new Error(event.reason);
    if (event.type !== type) throw new Error(`unexpected ${event.type}`);
    return event as Extract<WorkerEvent, { type: T }>;
  }

  /** Reads and parses a file (with the saved mapping profile for its headers, if any). Nothing is written. */
  async open(file: File): Promise<Review> {
    const bytes = await file.arrayBuffer();
    return (await this.expect('parsed', { type: 'open', bytes, fileName: file.name }, [bytes])).review;
  }

  /** Parses the open file again with the user's corrections. */
  async reparse(choices: ParseChoices): Promise<Review> {
    return (await this.expect('parsed', { type: 'parse', choices })).review;
  }

  /**
   * Writes the last parse in one transaction (the previous ledger is kept for undo), then tells the
   * background so it drops its cached name index.
   */
  async write(mode: 'merge' | 'replace'): Promise<{ summary: WriteSummary; writeMs: number }> {
    const { summary, writeMs } = await this.expect('written', { type: 'write', mode, now: Date.now() });
    await sendMessage({ type: 'ledgerChanged' });
    return { summary, writeMs };
  }

  dispose() {
    this.worker?.terminate();
    this.worker = null;
    this.settle({ type: 'failed', reason: 'cancelled' });
  }
}
