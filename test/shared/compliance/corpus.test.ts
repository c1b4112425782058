import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packFor, type Profile, type WordingFacts } from 'shared/compliance';
import { describe, expect, it } from 'vitest';
import { lint, ruleIds } from './helpers';

interface CorpusMessage {
  id: string;
  label: 'compliant' | 'violating';
  lang: 'zh' | 'en';
  profile?: Profile;
  text: string;
  expect: string[];
  facts?: WordingFacts;
  creditorPhoneNumbers?: string[];
  creditorAccountNumbers?: string[];
}

const corpus = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../fixtures/compliance/corpus.json', import.meta.url)), 'utf8'),
) as { messages: CorpusMessage[] };
const messages = corpus.messages;

const run = (m: CorpusMessage) =>
  lint(m.text, {
    pack: packFor(m.profile ?? 'CN'),
    facts: m.facts ?? {},
    creditorPhoneNumbers: m.creditorPhoneNumbers ?? [],
    creditorAccountNumbers: m.creditorAccountNumbers ?? [],
  });

/** The corpus's own floor: at most 1 flagged compliant message in 20. */
const PRECISION_FLOOR = 0.95;

describe('labelled corpus', () => {
  it('has at least 200 messages, half of each label, in both languages', () => {
    const compliant = messages.filter((m) => m.label === 'compliant');
    const violating = messages.filter((m) => m.label === 'violating');
    expect(messages.length).toBeGreaterThanOrEqual(200);
    expect(compliant.length).toBeGreaterThanOrEqual(100);
    expect(violating.length).toBeGreaterThanOrEqual(100);
    for (const label of [compliant, violating]) {
      expect(label.filter((m) => m.lang === 'zh').length).toBeGreaterThanOrEqual(40);
      expect(label.filter((m) => m.lang === 'en').length).toBeGreaterThanOrEqual(40);
    }
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
    for (const m of violating) expect(m.expect.length).toBeGreaterThan(0);
  });

  it.each(messages.filter((m) => m.label === 'violating').map((m) => [m.id, m] as const))(
    'violating %s raises its expected rule ids',
    (_id, m) => {
      const found = ruleIds(run(m));
      for (const id of m.expect) expect(found, `${m.text} → ${found.join(', ')}`).toContain(id);
    },
  );

  it.each(messages.filter((m) => m.label === 'compliant').map((m) => [m.id, m] as const))(
    'compliant %s is not blocked',
    (_id, m) => {
      const blocks = run(m).filter((f) => f.severity === 'block');
      expect(blocks.map((f) => `${f.ruleId} "${m.text.slice(f.span?.start, f.span?.end)}"`)).toEqual([]);
    },
  );

  it('measures precision and recall', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const m of messages) {
      const findings = run(m).filter((f) => f.severity !== 'info');
      const flagged = findings.length > 0;
      const ids = new Set(findings.map((f) => f.ruleId));
      if (m.label === 'violating') {
        if (flagged && m.expect.every((id) => ids.has(id))) tp++;
        else fn++;
      } else if (flagged) fp++;
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(
      `compliance corpus: ${messages.length} messages, precision ${precision.toFixed(4)} (tp ${tp}, fp ${fp}), recall ${recall.toFixed(4)} (fn ${fn})`,
    );
    expect(recall).toBe(1);
    expect(precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });
});
