import { atWordEdges, compact, compilePattern, type Normalized, toOriginal } from './normalize';
import { findPersonalData, type PersonalDataKind } from './personalData';
import type { Finding, LintContext, Msg, PhraseEntry, RulePack, WordingFacts, WordingRule } from './types';

interface Compiled {
  find: RegExp;
  whole: RegExp;
}

// Packs are immutable data; compile each pattern once per pack object.
const compiledByPack = new WeakMap<RulePack, Map<string, Compiled>>();

function compiled(pack: RulePack, source: string): Compiled {
  let cache = compiledByPack.get(pack);
  if (!cache) {
    cache = new Map();
    compiledByPack.set(pack, cache);
  }
  let c = cache.get(source);
  if (!c) {
    const find = compilePattern(source);
    c = { find, whole: new RegExp(`^(?:${find.source})$`, 'u') };
    cache.set(source, c);
  }
  return c;
}

function allowed(entry: PhraseEntry, facts: WordingFacts): boolean {
  const needed = entry.conditions?.allowedWhen;
  return !!needed && needed.length > 0 && needed.every((f) => facts[f] === true);
}

/** Longest candidate a match may be extended to: patterns describe phrases, not paragraphs. */
const MAX_PHRASE = 80;

/**
 * Finds the matches of one pattern whose ends sit on word edges of the original text. When the regex's own match
 * ends inside a word, the longest other match at that position that sits on word edges is taken: "late fees" is
 * not lost because the alternative "fee" came first, and "cheats" in "cheat sheet" yields nothing.
 */
function matchesOf(original: string, n: Normalized, c: Compiled): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  c.find.lastIndex = 0;
  let m = c.find.exec(n.text);
  while (m) {
    const from = m.index;
    const found = from + m[0].length;
    let hit: { start: number; end: number } | undefined;
    let hitTo = found;
    const first = toOriginal(n, from, found);
    if (found > from && atWordEdges(original, first.start, first.end)) hit = first;
    // The first match ends inside a word: look for the longest other match at this position that does not.
    for (let to = Math.min(n.text.length, from + MAX_PHRASE); to > from && !hit; to--) {
      if (to === found || !c.whole.test(n.text.slice(from, to))) continue;
      const span = toOriginal(n, from, to);
      if (atWordEdges(original, span.start, span.end)) {
        hit = span;
        hitTo = to;
      }
    }
    if (hit) out.push(hit);
    c.find.lastIndex = hit ? hitTo : from + 1;
    m = c.find.exec(n.text);
  }
  return out;
}

function phraseFindings(text: string, n: Normalized, pack: RulePack, facts: WordingFacts): Finding[] {
  const findings: Finding[] = [];
  for (const entry of pack.phrases) {
    if (allowed(entry, facts)) continue;
    const seen = new Set<string>();
    for (const pattern of entry.patterns) {
      for (const span of matchesOf(text, n, compiled(pack, pattern))) {
        const key = `${span.start}:${span.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push({
          ruleId: entry.ruleId,
          severity: entry.severity,
          message: entry.message,
          source: entry.source,
          span,
          entryId: entry.id,
        });
      }
    }
  }
  return findings;
}

const PERSONAL_DATA: Record<PersonalDataKind, { ruleId: string; message: Msg; enabled: keyof WordingRule['params'] }> = {
  'id-number': {
    ruleId: 'pii.id-number',
    enabled: 'idNumbers',
    message: {
      en: 'Contains a PRC resident ID number. Remove it: a reminder does not need it.',
      zh_CN: '含居民身份证号码。催款函无需此信息，请删除。',
    },
  },
  'bank-card': {
    ruleId: 'pii.bank-card',
    enabled: 'bankCards',
    message: {
      en: "Contains a bank card number that is not one of the creditor's declared accounts.",
      zh_CN: '含银行卡号，且不是债权人登记的收款账户。',
    },
  },
  'phone-number': {
    ruleId: 'pii.phone-number',
    enabled: 'phoneNumbers',
    message: {
      en: "Contains a phone number that is not one of the creditor's declared contact numbers.",
      zh_CN: '含非债权人登记联系电话的手机号码。',
    },
  },
};

function personalDataFindings(text: string, context: LintContext, rule: WordingRule): Finding[] {
  const findings: Finding[] = [];
  for (const hit of findPersonalData(text, context.creditorPhoneNumbers, context.creditorAccountNumbers)) {
    const def = PERSONAL_DATA[hit.kind];
    if (!rule.params[def.enabled]) continue;
    findings.push({
      ruleId: def.ruleId,
      // Someone else's phone number may be a colleague not yet declared: a warning, not a stop.
      severity: hit.kind === 'phone-number' ? 'warn' : rule.severity,
      message: def.message,
      source: rule.source,
      span: hit.span,
    });
  }
  return findings;
}

/**
 * Flags risky wording and personal data in a reminder text. Spans point into `text` as given. Facts in the
 * context make conditional wording lawful (a filed case, an agreed reporting clause, a retained lawyer …).
 * Never throws: any string is a valid input.
 */
export function lintText(text: string, context: LintContext): Finding[] {
  const rule = context.pack.rules.find((r): r is WordingRule => r.kind === 'wording');
  if (!rule) return [];
  const facts = context.facts ?? {};
  const findings = [...phraseFindings(text, compact(text), context.pack, facts), ...personalDataFindings(text, context, rule)];
  return findings.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0) || a.ruleId.localeCompare(b.ruleId));
}
