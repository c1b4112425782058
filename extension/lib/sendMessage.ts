import { browser } from 'wxt/browser';
import type { Envelope, Request, RequestType, ResponseMap } from '../messaging';

export class MessageError extends Error {}

/** Sends a typed request to the background; rejects with the background's reason when it refuses. */
export async function sendMessage<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<ResponseMap[T]> {
  const reply = (await browser.runtime.sendMessage(request)) as Envelope<ResponseMap[T]> | undefined;
  if (!reply) throw new MessageError('no reply from the background');
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.data;
}
