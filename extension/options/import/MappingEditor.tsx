import { CANONICAL_FIELDS, type CanonicalField, type ColumnMapping } from 'shared/import';
import { fieldLabel, t } from './messages';

interface Props {
  headers: readonly string[];
  mapping: ColumnMapping;
  disabled: boolean;
  onChange(field: CanonicalField, column: number | null): void;
}

/** One select per AR Lens field: which column of the file it is read from, or none. */
export function MappingEditor({ headers, mapping, disabled, onChange }: Props) {
  return (
    <fieldset class="mapping" data-testid="import-mapping">
      <legend>{t('mappingHeading')}</legend>
      <p class="muted">{t('mappingHelp')}</p>
      <div class="mapping-grid">
        {CANONICAL_FIELDS.map((field) => {
          const id = `map-${field}`;
          const current = mapping.fields[field]?.index;
          return (
            <div key={field} class="mapping-row">
              <label for={id}>
                {fieldLabel(field)} <code>{field}</code>
              </label>
              <select
                id={id}
                name={`map-${field}`}
                data-field={field}
                disabled={disabled}
                value={current === undefined ? '' : String(current)}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  onChange(field, value === '' ? null : Number(value));
                }}
              >
                <option value="">{t('notMapped')}</option>
                {headers.map((header, index) => (
                  <option key={index} value={String(index)}>
                    {header === '' ? `#${index + 1}` : header}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
