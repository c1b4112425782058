/** A stretch of text and the indexes of the findings whose spans cover it (empty: plain text). */
export interface Segment {
  start: number;
  end: number;
  text: string;
  findings: number[];
}

/**
 * Cuts `text` at every span boundary so overlapping findings can be marked without building HTML: each piece
 * is plain text or a mark listing the findings that cover it. Spans outside the text are clipped.
 */
export function segmentsOf(text: string, spans: readonly ({ start: number; end: number } | undefined)[]): Segment[] {
  const cuts = new Set([0, text.length]);
  spans.forEach((s) => {
    if (!s) return;
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  });
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const findings: number[] = [];
    spans.forEach((s, index) => {
      if (s && s.start <= start && s.end >= end) findings.push(index);
    });
    out.push({ start, end, text: text.slice(start, end), findings });
  }
  return out;
}
