import { cleanText, escapeHtml } from './formatting';
import { smsSegments } from './sms';
import { buildScope, RenderedBlock, type ScopeObject, type ScopeValue } from './scope';
import { parseTemplate, type TemplateNode } from './syntax';
import type {
  RenderedMessage,
  RenderResult,
  ReminderTemplate,
  ReminderVariables,
  TemplateChannel,
  TemplateError,
  TemplateLocale,
} from './types';

type Part = 'subject' | 'body' | 'html';
/** text: values as they are; sms: as text with compact blocks; html: values escaped, literal text per `literal`. */
type Mode = 'text' | 'sms' | 'html';

interface Context {
  mode: Mode;
  /** Literal template text in HTML mode: escaped with line breaks (derived from a text body) or trusted markup. */
  literal: 'escape' | 'raw';
  part: Part;
  errors: TemplateError[];
  used: string[];
}

function isObject(v: ScopeValue | undefined): v is ScopeObject {
  return typeof v === 'object' && !Array.isArray(v) && !(v instanceof RenderedBlock);
}

/** Mustache lookup: the first segment is searched from the innermost frame outwards. */
function lookup(path: string, frames: readonly ScopeValue[]): ScopeValue | undefined {
  const [first, ...rest] = path.split('.');
  for (let i = frames.length - 1; i >= 0; i--) {
    const frame = frames[i];
    if (!isObject(frame) || first === undefined || !Object.hasOwn(frame, first)) continue;
    let value = frame[first];
    if (value === undefined) continue;
    for (const key of rest) {
      value = isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
    }
    return value;
  }
  return undefined;
}

function fail(ctx: Context, error: Omit<TemplateError, 'part'>): void {
  if (!ctx.errors.some((e) => e.code === error.code && e.variable === error.variable && e.part === ctx.part)) {
    ctx.errors.push({ ...error, part: ctx.part });
  }
}

function use(ctx: Context, path: string): void {
  if (!ctx.used.includes(path)) ctx.used.push(path);
}

function literal(text: string, ctx: Context): string {
  if (ctx.mode !== 'html' || ctx.literal === 'raw') return text;
  return escapeHtml(text).replace(/\r?\n/g, '<br>\n');
}

function value(v: string, ctx: Context): string {
  const clean = cleanText(v);
  return ctx.mode === 'html' ? escapeHtml(clean).replace(/\n/g, '<br>') : clean;
}

function truthy(v: ScopeValue | undefined): boolean {
  if (v === undefined || v === false || v === '') return false;
  return !Array.isArray(v) || v.length > 0;
}

function renderNodes(nodes: readonly TemplateNode[], frames: readonly ScopeValue[], ctx: Context): string {
  let out = '';
  let lastValue = '';
  for (const node of nodes) {
    if (node.kind === 'text') {
      // A value ending in a full stop followed by template text starting with one ("Co., Ltd." + ".").
      const doubled = /[.。]$/.exec(lastValue)?.[0];
      out += literal(doubled && node.text.startsWith(doubled) ? node.text.slice(1) : node.text, ctx);
      lastValue = '';
      continue;
    }
    lastValue = '';
    use(ctx, node.path);
    const v = lookup(node.path, frames);
    if (node.kind === 'var') {
      if (v === undefined || v === '') {
        fail(ctx, {
          code: 'missing-variable',
          variable: node.path,
          at: node.at,
          message: {
            en: `The message needs "${node.path}", which has no value for this customer.`,
            zh_CN: `该消息需要“${node.path}”，但此客户没有这项数据。`,
          },
        });
      } else if (typeof v === 'string') {
        out += value(v, ctx);
        lastValue = v.trimEnd();
      } else if (v instanceof RenderedBlock) {
        out += ctx.mode === 'html' ? v.html : ctx.mode === 'sms' ? v.short : v.text;
      } else {
        fail(ctx, {
          code: 'not-text',
          variable: node.path,
          at: node.at,
          message: {
            en: `"${node.path}" is a section, use {{#${node.path}}}…{{/${node.path}}}.`,
            zh_CN: `“${node.path}”是区块，请使用 {{#${node.path}}}…{{/${node.path}}}。`,
          },
        });
      }
      continue;
    }
    if (node.inverted) {
      if (!truthy(v)) out += renderNodes(node.children, frames, ctx);
    } else if (Array.isArray(v)) {
      for (const item of v) out += renderNodes(node.children, [...frames, item], ctx);
    } else if (truthy(v)) {
      out += renderNodes(node.children, isObject(v) ? [...frames, v] : frames, ctx);
    }
  }
  return out;
}

function renderPart(source: string, scope: ScopeObject, ctx: Context): string {
  const parsed = parseTemplate(source);
  if (!parsed.ok) {
    for (const e of parsed.errors) ctx.errors.push({ ...e, part: ctx.part });
    return '';
  }
  return renderNodes(parsed.nodes, [scope], ctx);
}

/** Collapses the blank lines a skipped section leaves behind and trims the ends. */
function tidy(text: string): string {
  return text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

const HTML_FRAME =
  '<div style="font-family:-apple-system,\'Segoe UI\',\'PingFang SC\',\'Microsoft YaHei\',Arial,sans-serif;font-size:14px;line-height:1.6;color:#222">';

export interface RenderOptions {
  /** Output channel; defaults to the template's. Decides the parts: e-mail and letter get subject + text + HTML, SMS gets segments. */
  channel?: TemplateChannel;
  /** Locale for money and dates; defaults to the template's. */
  locale?: TemplateLocale;
}

/**
 * Renders a template. Never throws on data: a missing variable, a bad value or a syntax error comes back as
 * `{ ok: false, errors }`, each naming the variable, so no message can ever contain "undefined".
 * Escaping: the HTML part escapes every value; text and SMS are plain; the subject loses CR/LF.
 */
export function renderTemplate(
  template: Pick<ReminderTemplate, 'channel' | 'locale' | 'subject' | 'body' | 'html'>,
  vars: ReminderVariables,
  options: RenderOptions = {},
): RenderResult {
  const channel = options.channel ?? template.channel;
  const locale = options.locale ?? template.locale;
  const built = buildScope(vars, locale);
  if (!built.ok) return { ok: false, errors: built.errors };
  const { scope } = built;
  const errors: TemplateError[] = [];
  const used: string[] = [];
  const ctx = (part: Part, mode: Mode, lit: Context['literal'] = 'escape'): Context => ({
    mode,
    literal: lit,
    part,
    errors,
    used,
  });

  const text = tidy(renderPart(template.body, scope, ctx('body', channel === 'sms' ? 'sms' : 'text')));
  const message: RenderedMessage = { text, usedVariables: used };
  if (channel === 'email' || channel === 'letter') {
    if (template.subject !== undefined) {
      message.subject = renderPart(template.subject, scope, ctx('subject', 'text'))
        .replace(/[\r\n\u2028\u2029]+/g, ' ')
        .trim();
    }
    const html =
      template.html !== undefined
        ? renderPart(template.html, scope, ctx('html', 'html', 'raw'))
        : `${HTML_FRAME}${renderPart(template.body.trim(), scope, ctx('html', 'html'))}</div>`;
    // A table is a block already: the line break right after it would add an empty line.
    message.html = html.replace(/(?:<br>\n){3,}/g, '<br>\n<br>\n').replace(/<\/table><br>\n/g, '</table>\n');
  }
  if (channel === 'sms') message.segments = smsSegments(text);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: message };
}
