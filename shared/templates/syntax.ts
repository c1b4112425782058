import type { TemplateError } from './types';

/**
 * The template syntax, a small subset of Mustache interpreted without eval:
 *   {{customer.name}}            a variable (dotted path); whitespace inside the braces is allowed
 *   {{#invoices}}…{{/invoices}}  a section: repeated for a list, shown once for a present value or true flag
 *   {{^promise}}…{{/promise}}    an inverted section: shown when the value is missing, false or an empty list
 * There is no raw-HTML form, no partials and no expressions.
 */
export type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'var'; path: string; at: number }
  | { kind: 'section'; path: string; inverted: boolean; at: number; children: TemplateNode[] };

export type ParseResult = { ok: true; nodes: TemplateNode[] } | { ok: false; errors: TemplateError[] };

const PATH = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;

interface OpenSection {
  path: string;
  inverted: boolean;
  at: number;
  children: TemplateNode[];
}

function syntaxError(at: number, en: string, zh: string): TemplateError {
  return { code: 'syntax', at, message: { en, zh_CN: zh } };
}

export function parseTemplate(source: string): ParseResult {
  const root: TemplateNode[] = [];
  const stack: OpenSection[] = [];
  const errors: TemplateError[] = [];
  const target = () => stack.at(-1)?.children ?? root;
  let pos = 0;
  while (pos < source.length) {
    const open = source.indexOf('{{', pos);
    if (open < 0) {
      target().push({ kind: 'text', text: source.slice(pos) });
      break;
    }
    if (open > pos) target().push({ kind: 'text', text: source.slice(pos, open) });
    const close = source.indexOf('}}', open + 2);
    if (close < 0) {
      errors.push(syntaxError(open, 'A "{{" is never closed with "}}".', '“{{”缺少对应的“}}”。'));
      break;
    }
    const raw = source.slice(open + 2, close).trim();
    pos = close + 2;
    const sigil = raw[0];
    const name = sigil === '#' || sigil === '^' || sigil === '/' ? raw.slice(1).trim() : raw;
    if (!PATH.test(name)) {
      errors.push(
        syntaxError(open, `"{{${raw}}}" is not a variable name.`, `“{{${raw}}}”不是有效的变量名。`),
      );
      continue;
    }
    if (sigil === '#' || sigil === '^') {
      stack.push({ path: name, inverted: sigil === '^', at: open, children: [] });
    } else if (sigil === '/') {
      const section = stack.pop();
      if (!section || section.path !== name) {
        errors.push({
          code: 'unbalanced-section',
          variable: name,
          at: open,
          message: {
            en: section
              ? `"{{/${name}}}" closes "{{#${section.path}}}"; close the inner section first.`
              : `"{{/${name}}}" has no opening "{{#${name}}}".`,
            zh_CN: section
              ? `“{{/${name}}}”与“{{#${section.path}}}”不匹配，请先关闭内层区块。`
              : `“{{/${name}}}”没有对应的“{{#${name}}}”。`,
          },
        });
        if (section) stack.push(section);
        continue;
      }
      target().push({ kind: 'section', ...section });
    } else {
      target().push({ kind: 'var', path: name, at: open });
    }
  }
  for (const section of stack.reverse()) {
    errors.push({
      code: 'unbalanced-section',
      variable: section.path,
      at: section.at,
      message: {
        en: `"{{#${section.path}}}" is never closed with "{{/${section.path}}}".`,
        zh_CN: `“{{#${section.path}}}”缺少结束标记“{{/${section.path}}}”。`,
      },
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, nodes: root };
}
