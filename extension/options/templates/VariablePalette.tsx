import { paletteItems } from './palette';
import { t } from './messages';

const ITEMS = paletteItems();

/** Buttons that insert a variable at the caret of the last focused field (real buttons: Enter and Space work). */
export function VariablePalette({ onInsert, disabled }: { onInsert(text: string): void; disabled: boolean }) {
  return (
    <fieldset class="tpl-palette" aria-describedby="tpl-palette-help">
      <legend>{t('palette')}</legend>
      <p id="tpl-palette-help" class="muted small">
        {t('paletteHelp')}
      </p>
      <div class="tpl-palette-items">
        {ITEMS.map((item) => (
          <button
            key={item.path}
            type="button"
            class={`tpl-var ${item.kind}`}
            data-variable={item.path}
            disabled={disabled}
            // Keep the caret where it is in the text field while the button is pressed.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onInsert(item.insert)}
          >
            {item.path}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
