import type { Finding, Severity } from '../compliance';

export interface TextSlice {
  text: string;
  /** Findings whose span covers this slice (empty for plain text). */
  findings: Finding[];
  /** The worst severity among them. */
  severity?: Severity;
}

const RANK: Record<Severity, number> = { block: 3, warn: 2, info: 1 };

/**
 * Cuts a text into slices at every span boundary of the findings for one field, so a UI can wrap the flagged
 * slices in marks. Joining the slices gives the text back unchanged; spans outside the text are clipped.
 */
export function highlightSlices(text: string, findings: readonly Finding[], field: 'text' | 'subject' = 'text'): TextSlice[] {
  const spans = findings
    .filter((f) => f.span && (f.field ?? 'text') === field)
    .map((f) => ({ f, start: Math.max(0, Math.min(text.length, f.span!.start)), end: Math.max(0, Math.min(text.length, f.span!.end)) }))
    .filter((s) => s.end > s.start);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const slices: TextSlice[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const covering = spans.filter((s) => s.start <= from && s.end >= to).map((s) => s.f);
    const severity = covering.reduce<Severity | undefined>((worst, f) => (!worst || RANK[f.severity] > RANK[worst] ? f.severity : worst), undefined);
    const slice: TextSlice = { text: text.slice(from, to), findings: covering };
    if (severity) slice.severity = severity;
    const last = slices.at(-1);
    // Neighbouring plain slices are merged; flagged slices stay apart so each mark names its own findings.
    if (last && last.findings.length === 0 && covering.length === 0) last.text += slice.text;
    else slices.push(slice);
  }
  return slices;
}
