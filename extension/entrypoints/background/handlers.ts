import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { type Envelope, type Request, RequestSchema, type RequestType } from '../../messaging';
import { connectorHandlers } from './connectorHandlers';
import { coreHandlers } from './coreHandlers';
import { feedHandlers } from './feedHandlers';
import { mailHandlers } from './mailHandlers';
import { reminderHandlers } from './reminderHandlers';
import { searchHandlers } from './searchHandlers';
import type { Handler, Handlers, SenderInfo, Services } from './services';

/** Every request type has exactly one handler; the type checker refuses a missing one. */
const HANDLERS: Handlers<RequestType> = { ...coreHandlers, ...feedHandlers, ...searchHandlers, ...reminderHandlers, ...mailHandlers, ...connectorHandlers };

/**
 * Validates and answers one message. Anything that is not a well-formed request from this extension is
 * refused with a reason; the handler never trusts the shape of what a content script sends.
 */
export async function answer(s: Services, raw: unknown, senderId: string | undefined, sender: SenderInfo): Promise<Envelope<unknown>> {
  if (senderId !== browser.runtime.id) return { ok: false, error: 'unknown sender' };
  const parsed = v.safeParse(RequestSchema, raw);
  if (!parsed.success) return { ok: false, error: `invalid request: ${parsed.issues[0]?.message ?? 'shape'}` };
  const request: Request = parsed.output;
  try {
    const handler = HANDLERS[request.type] as Handler<typeof request.type>;
    return { ok: true, data: await handler(s, request as never, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
