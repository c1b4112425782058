import { TEMPLATE_VARIABLES, type VariableSpec } from 'shared/templates';

export interface PaletteItem {
  /** Dotted path shown to the user. */
  path: string;
  /** What is inserted at the caret. */
  insert: string;
  kind: VariableSpec['kind'];
}

/**
 * Every variable of the catalogue as something to insert: plain values as {{path}}, flags and lists as a
 * section with their item fields inside it (a list's fields only mean something within its section).
 */
export function paletteItems(fields: Record<string, VariableSpec> = TEMPLATE_VARIABLES, prefix = ''): PaletteItem[] {
  const out: PaletteItem[] = [];
  for (const [name, spec] of Object.entries(fields)) {
    const path = prefix ? `${prefix}.${name}` : name;
    if (spec.kind === 'object') out.push(...paletteItems(spec.fields, path));
    else if (spec.kind === 'flag') out.push({ path, insert: `{{#${path}}}{{/${path}}}`, kind: 'flag' });
    else if (spec.kind === 'list') {
      const inner = Object.keys(spec.item)
        .filter((k) => spec.item[k]?.kind === 'text')
        .slice(0, 3)
        .map((k) => `{{${k}}}`)
        .join(' ');
      out.push({ path, insert: `{{#${path}}}${inner}\n{{/${path}}}`, kind: 'list' });
    } else out.push({ path, insert: `{{${path}}}`, kind: spec.kind });
  }
  return out;
}

/** `value` with `insert` put in place of the selection [start, end); the caret goes after the inserted text. */
export function insertAt(value: string, start: number, end: number, insert: string): { value: string; caret: number } {
  const s = Math.max(0, Math.min(start, value.length));
  const e = Math.max(s, Math.min(end, value.length));
  return { value: value.slice(0, s) + insert + value.slice(e), caret: s + insert.length };
}
