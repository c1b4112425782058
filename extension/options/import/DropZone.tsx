import { useState } from 'preact/hooks';
import { t } from './messages';

interface Props {
  disabled: boolean;
  onFile(file: File): void;
}

/**
 * Where a file comes in: dropped anywhere on the zone, or chosen with the file input inside it (a real
 * input, so keyboard and screen-reader users reach it with Tab and open it with Enter or Space).
 */
export function DropZone({ disabled, onFile }: Props) {
  const [over, setOver] = useState(false);
  return (
    <fieldset
      class={`dropzone${over ? ' over' : ''}`}
      data-testid="import-dropzone"
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer?.files[0];
        if (file && !disabled) onFile(file);
      }}
    >
      <legend class="visually-hidden">{t('chooseFile')}</legend>
      <label for="import-file">{t('dropHere')}</label>
      <input
        id="import-file"
        type="file"
        accept=".csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={disabled}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (file) onFile(file);
        }}
      />
    </fieldset>
  );
}
