import * as v from 'valibot';
import { CONNECTOR_REQUESTS, type ConnectorResponses } from './protocol/connectors';
import { CORE_REQUESTS, type CoreResponses } from './protocol/core';
import { FEED_REQUESTS, type FeedResponses } from './protocol/feeds';
import { MAIL_REQUESTS, type MailResponses } from './protocol/mail';
import { REMINDER_REQUESTS, type ReminderResponses } from './protocol/reminders';
import { SEARCH_REQUESTS, type SearchResponses } from './protocol/search';

export type { Identity } from './protocol/fields';
export { IdentitySchema } from './protocol/fields';
export type { LookupResult, OptionsSection, Suggestion } from './protocol/core';

/**
 * The typed protocol between content scripts, extension pages and the background, assembled from each
 * feature's requests (extension/protocol/*). The background validates every request against this schema
 * before acting on it: a content script runs beside hostile pages.
 */
export const RequestSchema = v.variant('type', [...CORE_REQUESTS, ...FEED_REQUESTS, ...SEARCH_REQUESTS, ...REMINDER_REQUESTS, ...MAIL_REQUESTS, ...CONNECTOR_REQUESTS]);

export type Request = v.InferOutput<typeof RequestSchema>;
export type RequestType = Request['type'];
export type ResponseMap = CoreResponses & FeedResponses & SearchResponses & ReminderResponses & MailResponses & ConnectorResponses;

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string };
