/** Shared compose helpers for the mail connectors (Gmail, Outlook, QQ Mail, 163 / 126). */
export { fireInput, fireInputAndChange, fireNeutralKey } from './events';
export { restoreCaret, saveCaret } from './caret';
export { editableFrameBody, frameDocument, outermost } from './frames';
export { type ComposeParts, composeHandle, composeIdentity } from './handle';
export { type InsertOptions, insertTextInto } from './insert';
export { addAddresses, allAddresses, emailsIn, emptyRecipients, fieldAt, fieldNamed, type RecipientField } from './recipients';
export { setFieldValue } from './subject';
export { editableText, isBlank } from './text';
