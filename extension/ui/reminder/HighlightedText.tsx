import type { Finding } from 'shared/compliance';
import { highlightSlices } from 'shared/reminders/highlight';
import { localized } from '../../i18n';

/**
 * A text with the findings' spans wrapped in <mark>: Preact builds every node from text slices, so nothing
 * in the text is ever parsed as HTML.
 */
export function HighlightedText({ text, findings, field = 'text', class: className }: { text: string; findings: readonly Finding[]; field?: 'text' | 'subject'; class?: string }) {
  return (
    <span class={className}>
      {highlightSlices(text, findings, field).map((slice, i) =>
        slice.findings.length === 0 ? (
          slice.text
        ) : (
          <mark
            key={i}
            class={`sev-${slice.severity}`}
            data-rule={slice.findings.map((f) => f.ruleId).join(' ')}
            title={slice.findings.map((f) => localized(f.message)).join('\n')}
          >
            {slice.text}
          </mark>
        ),
      )}
    </span>
  );
}
