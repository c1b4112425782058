import type { ConfigError } from 'connectors/generic';
import type { ComponentChildren } from 'preact';
import { localized } from '../../i18n';

/** The id of a field's error list, for the input's aria-describedby. */
export const errorId = (inputId: string) => `${inputId}-error`;

/** A labelled input with its help text and the validation errors that belong to it, read out with the input. */
export function Field(props: { inputId: string; label: string; help?: string; errors?: ConfigError[]; children: ComponentChildren }) {
  const errors = props.errors ?? [];
  return (
    <div class={`conn-field${errors.length > 0 ? ' has-error' : ''}`}>
      <label for={props.inputId}>{props.label}</label>
      {props.children}
      {props.help && (
        <p class="help muted" id={`${props.inputId}-help`}>
          {props.help}
        </p>
      )}
      {errors.length > 0 && (
        <ul class="field-error error" id={errorId(props.inputId)} data-error-for={props.inputId}>
          {errors.map((e) => (
            <li key={`${e.path}:${e.message.en}`}>{localized(e.message)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** aria attributes of an input with possible errors and help. */
export function describedBy(inputId: string, errors: ConfigError[] | undefined, help = false) {
  const ids = [help ? `${inputId}-help` : '', errors?.length ? errorId(inputId) : ''].filter((x) => x !== '');
  return { 'aria-invalid': errors?.length ? ('true' as const) : undefined, 'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined };
}
