import type { CanonicalField, ColumnMapping } from 'shared/import';
import { fieldLabel, t } from './messages';

/** The first rows as the file has them, each column headed by its text and the field it feeds. */
export function PreviewTable({ headers, rows, mapping }: { headers: readonly string[]; rows: readonly string[][]; mapping: ColumnMapping }) {
  const fieldOf = new Map<number, CanonicalField>();
  for (const [field, column] of Object.entries(mapping.fields) as [CanonicalField, { index: number }][]) fieldOf.set(column.index, field);
  return (
    <div class="preview">
      <h3>{t('previewHeading')}</h3>
      <div class="scroll">
        <table data-testid="import-preview">
          <thead>
            <tr>
              {headers.map((header, c) => {
                const field = fieldOf.get(c);
                return (
                  <th key={c} scope="col" data-field={field ?? ''}>
                    {header}
                    <br />
                    <span class={field ? 'mapped' : 'muted'}>{field ? fieldLabel(field) : t('notMapped')}</span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
