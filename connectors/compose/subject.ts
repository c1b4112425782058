import { fireInputAndChange } from './events';

/**
 * Sets a form field's value through the prototype's native setter, then fires `input` and `change`.
 * React (Outlook) tracks the value on the instance; setting it through the prototype makes React see a change.
 */
export function setFieldValue(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
  fireInputAndChange(field);
}
