import { composeIdentity } from '../compose';
import { matchesAny } from '../matchPattern';
import type { ComposeHandle, MailConnector } from '../types';
import { newVersionComposes } from './newVersion';
import { oldVersionComposes } from './oldVersion';
import { NEW_HOST, OLD_APP_PATH, QQMAIL_MATCHES } from './selectors';

function findComposes(doc: Document): ComposeHandle[] {
  return [...newVersionComposes(doc), ...oldVersionComposes(doc)];
}

function isRecordPage(url: URL): boolean {
  if (!matchesAny(QQMAIL_MATCHES, url)) return false;
  return url.hostname === NEW_HOST || OLD_APP_PATH.test(url.pathname);
}

export const qqmail: MailConnector = {
  id: 'qqmail',
  label: 'QQ Mail',
  kind: 'mail',
  matches: QQMAIL_MATCHES,
  navigation: 'hash',
  isRecordPage,
  identify: (doc, url) => (isRecordPage(url) ? composeIdentity('qqmail', findComposes(doc)) : null),
  anchor: () => null,
  findComposes,
};
