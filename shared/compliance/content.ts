import { light } from './normalize';
import type { Finding, Msg, RequiredContentRule, ReminderDraft, RulePack, Section } from './types';

const SECTION_NAMES: Record<Section, Msg> = {
  balance: { en: 'the balance due', zh_CN: '欠款金额' },
  'how-to-pay': { en: 'how to pay', zh_CN: '付款方式' },
  'how-to-dispute': { en: 'how to dispute', zh_CN: '异议途径' },
  'creditor-contact': { en: "the creditor's contact", zh_CN: '债权人联系方式' },
  'opt-out': { en: 'an opt-out line', zh_CN: '退订方式' },
};

function patternsFor(pack: RulePack, section: Section): RegExp[] {
  return pack.sectionPatterns[section].map((p) => new RegExp(p.replace(/\s+/g, ''), 'u'));
}

/** Sections the draft carries: declared by its template, or found in the text. */
export function sectionsPresent(draft: ReminderDraft, pack: RulePack, wanted: readonly Section[]): Set<Section> {
  const text = light(`${draft.subject ?? ''}\n${draft.text}`).text;
  const found = new Set<Section>(draft.includedSections ?? []);
  for (const s of wanted) {
    if (!found.has(s) && patternsFor(pack, s).some((re) => re.test(text))) found.add(s);
  }
  return found;
}

export function checkRequiredContent(rule: RequiredContentRule, draft: ReminderDraft, pack: RulePack): Finding[] {
  const { tones, channels, sections } = rule.params;
  if (tones.length > 0 && !tones.includes(draft.tone)) return [];
  if (channels.length > 0 && !channels.includes(draft.channel)) return [];
  const present = sectionsPresent(draft, pack, sections);
  return sections
    .filter((s) => !present.has(s))
    .map((s) => ({
      ruleId: s === 'opt-out' ? 'content.opt-out-missing' : 'content.section-missing',
      severity: rule.severity,
      message: {
        en: `The ${draft.tone} ${draft.channel} must state ${SECTION_NAMES[s].en}.`,
        zh_CN: `该${draft.channel}（${draft.tone}）须载明${SECTION_NAMES[s].zh_CN}。`,
      },
      source: rule.source,
    }));
}
