import { specAt, TEMPLATE_VARIABLES, type VariableSpec } from './catalogue';
import { parseTemplate, type TemplateNode } from './syntax';
import type { ReminderTemplate, TemplateError } from './types';

type Fields = Record<string, VariableSpec>;

function resolve(path: string, frames: readonly Fields[]): VariableSpec | undefined {
  const first = path.split('.')[0] ?? '';
  for (let i = frames.length - 1; i >= 0; i--) {
    const frame = frames[i];
    if (frame && Object.hasOwn(frame, first)) return specAt(frame, path);
  }
  return undefined;
}

function walk(nodes: readonly TemplateNode[], frames: readonly Fields[], part: TemplateError['part'], out: TemplateError[]) {
  for (const node of nodes) {
    if (node.kind === 'text') continue;
    const spec = resolve(node.path, frames);
    if (!spec) {
      out.push({
        code: 'unknown-variable',
        variable: node.path,
        at: node.at,
        part,
        message: { en: `Unknown variable "${node.path}".`, zh_CN: `未知变量“${node.path}”。` },
      });
      if (node.kind === 'section') walk(node.children, frames, part, out);
      continue;
    }
    if (node.kind === 'var') {
      if (spec.kind !== 'text' && spec.kind !== 'block') {
        out.push({
          code: 'not-text',
          variable: node.path,
          at: node.at,
          part,
          message: {
            en: `"${node.path}" is a section, use {{#${node.path}}}…{{/${node.path}}}.`,
            zh_CN: `“${node.path}”是区块，请使用 {{#${node.path}}}…{{/${node.path}}}。`,
          },
        });
      }
      continue;
    }
    const inner =
      node.inverted ? frames : spec.kind === 'list' ? [...frames, spec.item] : spec.kind === 'object' ? [...frames, spec.fields] : frames;
    walk(node.children, inner, part, out);
  }
}

/**
 * Checks a template while it is being edited: syntax, balanced sections, known variable names, variables
 * used as text that are really sections. Returns every problem with its offset; [] when it is fine.
 * (Whether the wording is lawful is `lintText`'s job in shared/compliance.)
 */
export function validateTemplate(template: Pick<ReminderTemplate, 'subject' | 'body' | 'html' | 'channel'>): TemplateError[] {
  const out: TemplateError[] = [];
  const parts: [TemplateError['part'], string | undefined][] = [
    ['subject', template.subject],
    ['body', template.body],
    ['html', template.html],
  ];
  for (const [part, source] of parts) {
    if (source === undefined) continue;
    const parsed = parseTemplate(source);
    if (!parsed.ok) {
      for (const e of parsed.errors) out.push({ ...e, part });
      continue;
    }
    walk(parsed.nodes, [TEMPLATE_VARIABLES], part, out);
  }
  if (template.body.trim() === '') {
    out.push({ code: 'syntax', part: 'body', message: { en: 'The message is empty.', zh_CN: '消息内容为空。' } });
  }
  if (template.channel === 'email' && (template.subject ?? '').trim() === '') {
    out.push({ code: 'syntax', part: 'subject', message: { en: 'An e-mail needs a subject.', zh_CN: '邮件需要主题。' } });
  }
  return out;
}
