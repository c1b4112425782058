import type { Finding } from 'shared/compliance';

export interface Slice {
  text: string;
  /** The finding whose span covers this slice; absent for plain text. */
  finding?: Finding;
}

/**
 * Cuts `text` into plain slices and marked slices, one per finding span, in order. Overlapping spans are
 * clipped to start after the previous mark, so every character appears exactly once. Spans outside the text
 * are ignored. The caller renders marked slices as <mark> elements (text only, never HTML).
 */
export function markSlices(text: string, findings: readonly Finding[]): Slice[] {
  const spans = findings
    .filter((f) => f.span && f.span.start < f.span.end && f.span.start >= 0 && f.span.end <= text.length)
    .sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  const out: Slice[] = [];
  let pos = 0;
  for (const f of spans) {
    const start = Math.max(f.span?.start ?? 0, pos);
    const end = f.span?.end ?? 0;
    if (end <= start) continue;
    if (start > pos) out.push({ text: text.slice(pos, start) });
    out.push({ text: text.slice(start, end), finding: f });
    pos = end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos) });
  return out;
}
