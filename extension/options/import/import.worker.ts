import { ArLensDb } from 'shared/db';
import { ImportSession } from './session';
import type { WorkerEvent, WorkerRequest } from './workerProtocol';

// Parsing and writing run here so that a 100,000-row file never freezes the options page. The worker shares
// the extension's origin, so it opens the same IndexedDB database as the page and the background.
const scope = self as unknown as { postMessage(event: WorkerEvent): void; onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null };
const post = (event: WorkerEvent) => scope.postMessage(event);
const session = new ImportSession(new ArLensDb(), post);

async function handle(request: WorkerRequest): Promise<void> {
  switch (request.type) {
    case 'open':
      post({ type: 'parsed', review: await session.open(new Uint8Array(request.bytes), request.fileName) });
      return;
    case 'parse':
      post({ type: 'parsed', review: session.parse(request.choices) });
      return;
    case 'write':
      post({ type: 'written', ...(await session.write(request.mode, request.now)) });
      return;
  }
}

scope.onmessage = (e) => {
  handle(e.data).catch((error: unknown) => post({ type: 'failed', reason: error instanceof Error ? error.message : String(error) }));
};
