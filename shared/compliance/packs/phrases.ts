import type { Msg, PhraseEntry, RuleSource, Severity, WordingFact } from '../types';

/**
 * Risky wording, Chinese and English, shared by every built-in pack; each pack supplies the sources that apply
 * in its jurisdiction. Patterns are matched against compacted text (lower-case letters, digits and CJK only),
 * so "律 师 函", "律​师​函" and "ＬＡＷＹＥＲ" all meet the same pattern. Whitespace in a pattern is layout.
 */
export type PhraseCategory =
  | 'threat'
  | 'criminal-threat'
  | 'false-authority'
  | 'insult'
  | 'public-shaming'
  | 'third-party-contact'
  | 'false-legal-claim'
  | 'false-attorney'
  | 'seizure-without-judgment'
  | 'credit-report'
  | 'unagreed-fee'
  | 'pressure-to-borrow';

export const PHRASE_CATEGORIES: readonly PhraseCategory[] = [
  'threat',
  'criminal-threat',
  'false-authority',
  'insult',
  'public-shaming',
  'third-party-contact',
  'false-legal-claim',
  'false-attorney',
  'seizure-without-judgment',
  'credit-report',
  'unagreed-fee',
  'pressure-to-borrow',
];

const MESSAGES: Record<PhraseCategory, Msg> = {
  threat: {
    en: 'Threatening or intimidating wording. State the facts and the next lawful step instead.',
    zh_CN: '含威胁或恐吓性措辞。请陈述事实和下一步合法措施。',
  },
  'criminal-threat': {
    en: 'Threat of arrest, police or criminal charges over a civil debt.',
    zh_CN: '以拘留、报警或刑事责任相威胁，而欠款属于民事纠纷。',
  },
  'false-authority': {
    en: 'Implies acting for a court, the police or a government body.',
    zh_CN: '暗示代表法院、公安或政府机关。',
  },
  insult: {
    en: 'Insulting or obscene language about the debtor.',
    zh_CN: '含侮辱、谩骂或不雅用语。',
  },
  'public-shaming': {
    en: 'Threatens to publish or expose the debt.',
    zh_CN: '以公开、曝光欠款相威胁。',
  },
  'third-party-contact': {
    en: 'Mentions contacting family, employer, customers or other third parties about the debt.',
    zh_CN: '提及联系家人、领导、客户等第三方催收。',
  },
  'false-legal-claim': {
    en: 'Claims legal proceedings that the account records do not show (filed case, summons, decision to sue).',
    zh_CN: '声称的诉讼事实（立案、传票、决定起诉）在账户记录中不存在。',
  },
  'false-attorney': {
    en: 'Mentions an attorney or lawyer letter, but no lawyer is recorded as retained.',
    zh_CN: '提及律师或律师函，但记录中未委托律师。',
  },
  'seizure-without-judgment': {
    en: 'Threatens garnishment, seizure or enforcement without a judgment on record.',
    zh_CN: '在没有生效判决的情况下以强制执行、查封、冻结相威胁。',
  },
  'credit-report': {
    en: 'Threatens credit reporting or a blacklist, but no reporting clause is agreed.',
    zh_CN: '以上报征信或黑名单相威胁，但合同未约定征信报送。',
  },
  'unagreed-fee': {
    en: 'Mentions a fee, penalty or charge that the contract does not provide for.',
    zh_CN: '提及合同未约定的费用、违约金或罚息。',
  },
  'pressure-to-borrow': {
    en: 'Pushes the debtor to borrow or sell assets to pay.',
    zh_CN: '诱导或施压债务人借贷、变卖资产还款。',
  },
};

interface Draft {
  id: string;
  category: PhraseCategory;
  description: string;
  patterns: string[];
  examples: string[];
  allowedWhen?: WordingFact[];
  severity?: Severity;
}

const ENTRIES: Draft[] = [
  // ---- threats and showing up
  {
    id: 'zh.threat.implied',
    category: 'threat',
    description: '后果自负、你等着、走着瞧、让你好看、不会放过你 …',
    patterns: [
      '后果自负|你等着|等着瞧|走着瞧|让你好看|给你点颜色|不会放过你|别想好过|不得安宁|吃不了兜着走|小心点|小心你的|你给我小心',
      '弄死|打断你|收拾你|找人(收拾|教训|处理)|教训你',
    ],
    examples: ['再不还钱，后果自负！', '你等着瞧', '我们不会放过你'],
  },
  {
    id: 'zh.threat.visit',
    category: 'threat',
    description: '上门催收、堵门、到你家/公司去',
    patterns: ['上门(催收|讨债|要债|追债|找你|堵)|堵你|堵门|(到|去|在)(你|您)(们)?的?(家|公司|单位|门口)+(去)?(找|堵|要|讨|催|等)'],
    examples: ['明天就安排人上门催收', '我们会去你公司堵你', '下周我们的人会到你们公司门口等你'],
  },
  {
    id: 'en.threat.implied',
    category: 'threat',
    description: "you'll regret it, or else, we know where you live, face the consequences …",
    patterns: [
      '(you|youll|youwill)(regret|besorry)|(pay|payup|paynow|paytoday|paythis|paytheinvoice)orelse|weknowwhereyou(live|work)|watchyourback|facetheconsequences',
      '(we|i)(will|ll|aregoingto|amgoingto)(come|showup|turnup|pay(you)?avisit)(to|at)your(home|house|door|family)',
      'makeyourlife(hell|miserable)|hurtyou|breakyour(legs?|arms?|neck)|expectavisit',
      '(visit|visits|come|comeround|turnup|showup|knock|agents?)[a-z]{0,30}?(at|to|on)your(home|house|door|doorstep)',
    ],
    examples: ["Pay now or you'll regret it.", 'We know where you live.', 'Pay up or else.', 'Our agents will call at your home.'],
  },
  // ---- criminal threats and police
  {
    id: 'zh.criminal',
    category: 'criminal-threat',
    description: '坐牢、抓你、拘留、判刑、刑事责任、报警 …',
    // Bare 公安 / 警察 would flag invoices to a police bureau (a public-sector customer): only threats count.
    patterns: [
      '坐牢|抓你|抓起来|拘留|判刑|刑拘|刑事责任|诈骗罪|进监狱|蹲监狱|吃牢饭|报警|经侦|zuolao',
      '(找|叫|让|通知)(公安|警察)|(公安|警察|警方)(会|将|已|马上)(介入|立案|上门|来找|找你|抓)',
    ],
    examples: ['不还钱就让你坐牢', '我们已经报警', '将追究你的刑事责任'],
  },
  {
    id: 'en.criminal',
    category: 'criminal-threat',
    description: 'arrest, jail, prison, criminal charges, police …',
    patterns: [
      'arrest(ed|ing)?|jail(ed)?|prison|imprison(ed|ment)?|criminal(charges?|prosecution|case|complaint|proceedings|offen[cs]e)',
      // Bare "police" would flag a police force that is simply the customer.
      'presscharges|(call|report(ing|ed)?(you|this|it|thematter)?to|inform|involve|notify|contact|get)the(local)?police',
      'police(will|shall|are|have)(be|been)?(informed|notified|involved|called|contacted)|policeinvestigation',
    ],
    examples: ["We'll have you arrested.", 'You could go to jail for this.', 'We will report this to the police.'],
  },
  {
    id: 'zh.authority',
    category: 'false-authority',
    description: '自称法院、法官、执行局、政府 (a government customer is not flagged)',
    patterns: ['我(们)?是(法院|政府|公安)|代表(法院|政府|公安)|法院工作人员|法院的人|法院通知你|执行局|司法机关(已|将|通知)|法官(已|将|通知)'],
    examples: ['我是法院工作人员，通知你还款', '执行局将上门'],
  },
  {
    id: 'en.authority',
    category: 'false-authority',
    description: 'government agent, on behalf of the court, court officer …',
    patterns: [
      // First person only: a federal agency can be the customer (Prompt Payment Act reminders).
      '(we|i)(are|am)(a|an|with|from)?(the)?(government|federal|state)(agent|agency|official)|(federal|government)agents?|onbehalfofthe(government|court|state)|court(officer|official|marshal)s?|internalrevenue',
      'troublewiththe(authorities|law|police|government)|reportyoutothe(authorities|government)|(the)?authorities(will|shall)(be)?(informed|notified|involved)',
    ],
    examples: ['This is a federal agent contacting you.', 'We write on behalf of the court.', "You'll be in trouble with the authorities."],
  },
  // ---- insults
  {
    id: 'zh.insult',
    category: 'insult',
    description: '老赖、骗子、无赖、不要脸、人渣 …',
    patterns: [
      '老赖|骗子|骗钱|无赖|不要脸|人渣|废物|王八蛋|混蛋|赖皮|死皮赖脸|狗东西|畜生|傻[逼比b]|脑残|滚蛋|去死|垃圾(公司|东西|人)|laolai|pianzi',
    ],
    examples: ['你们就是老赖', '骗子公司', '真不要脸'],
  },
  {
    id: 'en.insult',
    category: 'insult',
    description: 'deadbeat, scumbag, fraudster, liar, profanity …',
    patterns: [
      'deadbeats?|scumbags?|scum|fraudsters?|crooks?|thie(f|ves)|losers?|idiots?|morons?|liars?|cheaters?|scammers?|conartists?|parasites?|lowlifes?',
      // Adjectives only when aimed at the reader ("sorry for the stupid mistake on our side" is fine).
      '(you|youre|youare|yourcompanyis|yourpeopleare)(so|such|a|an|completely|totally)*(stupid|pathetic|worthless|useless)',
      'bastards?|assholes?|bitch(es)?|fuck(ing|ed|er|ers)?|shit(ty)?|damn(ed)?',
    ],
    examples: ['You are a deadbeat.', 'Stop lying, you scumbag.', 'Pay the damn invoice.'],
  },
  // ---- public shaming
  {
    id: 'zh.shaming',
    category: 'public-shaming',
    description: '曝光、挂网、老赖名单、朋友圈、登报、公之于众 …',
    patterns: [
      '曝光|挂网|挂到网上|老赖名单|公之于众|朋友圈|登报|大字报|发到(群|行业群|微博|抖音)|(行业|业内|业界|同行)的?(微信)?群|(发|晒|公布)(到|在)了?(微信)?群',
      '(网上|网络|媒体|微博|抖音)(公布|曝光|公开)|公开(你|您|贵司)的?(欠款|名字|信息)|让(大家|所有人|同行|全行业)(都)?知道',
    ],
    examples: ['再不付款就把你挂网曝光', '我们会发朋友圈让大家都知道', '登报公示'],
  },
  {
    id: 'en.shaming',
    category: 'public-shaming',
    description: 'publish your name, post it online, name and shame, debtor list …',
    patterns: [
      'publish(your(company)?name|this|thedebt|yourdetails)|(post|share|publish)(ed)?(this|it|yourname|thedebt|aboutyou)(online|on(social)?media|onlinkedin|onfacebook|ontwitter)',
      '(everyone|everybody)in(the|your)(industry|market|trade|sector|town|area)|(on|to|via)socialmedia(that|how)?you|nameandshame|wallofshame|debtors?list|deadbeatlist|go(ing)?public|makethispublic|exposeyou|telleveryone|shameyou',
    ],
    examples: ["We'll post your name online.", 'We will name and shame you.', 'You will be added to our debtors list.', 'Everyone in the industry will know.'],
  },
  // ---- third parties
  {
    id: 'zh.third-party',
    category: 'third-party-contact',
    description: '通讯录、通知你家人/同事/领导/客户 …',
    patterns: [
      // "贵司客户服务部" and "供应商管理部" are departments of the debtor, not its customers or suppliers.
      '通讯录|(通知|告诉|联系|打电话给|找|告知|转告|知会)(你|您|贵司)?的?(家人|家属|家里人|父母|爱人|孩子|子女|儿子|女儿|邻居|房东|老婆|老公|妻子|丈夫|配偶|亲戚|朋友|客户(?!服务|部|经理)|供应商(?!管理|部|对接)|合作伙伴|股东)',
      '(通知|告诉|联系|打电话给|找|告知|知会)(你|您)的?(同事|领导|老板|上级|单位)|让(你|您)的?(家人|同事|领导|老板|客户)(都)?知道',
    ],
    examples: ['我们会联系你的家人', '再不还就打电话给你老板', '会通知贵司的客户和供应商'],
  },
  {
    id: 'en.third-party',
    category: 'third-party-contact',
    description: 'tell your customers, contact your employer / family …',
    patterns: [
      '(tell|inform|contact|call|notify|email|writeto|reachoutto)(all)?(of)?your(customers|clients|suppliers|vendors|partners|family|wife|husband|spouse|parents|relatives|friends|neighbou?rs|employer|boss|investors|landlord)',
      '(tell|inform|notify)your(colleagues|coworkers|staff)|(tell|inform|notify|warn)your(bank|banks|lenders?|insurers?)',
    ],
    examples: ["We'll tell your customers about this.", 'We will contact your employer.', 'We will inform your bank.'],
  },
  // ---- legal claims that need facts
  {
    id: 'zh.legal.case-filed',
    category: 'false-legal-claim',
    description: '已立案、已起诉、法院传票、案号 (true only when a case is filed; 记账传票 is an accounting voucher)',
    patterns: ['已(经)?立案|已(经)?(向法院)?(起诉|提起诉讼)|法院已(经)?受理|法院的?传票|出庭传票|(收到|寄出|发出|送达)(法院)?的?传票|案号|开庭'],
    examples: ['此事已立案', '法院传票将寄到贵司', '我司已向法院起诉'],
    allowedWhen: ['legalCaseFiled'],
  },
  {
    id: 'zh.legal.intent',
    category: 'false-legal-claim',
    description: '将起诉、立即起诉、将采取法律行动 (true only when the creditor has decided to sue)',
    patterns: [
      '将(向法院)?起诉|马上起诉|立即起诉|直接起诉|一定起诉|吃官司|法院(马上|很快)?就?(会|将)(传|传唤|找|判)|将(对你|对您|对贵司)?(采取|提起)(法律行动|法律措施|诉讼)|诉讼前最后|最后通牒',
    ],
    examples: ['逾期我们将起诉', '我司将对贵司提起诉讼', '等着吃官司吧'],
    allowedWhen: ['legalActionDecided'],
  },
  {
    id: 'en.legal.case-filed',
    category: 'false-legal-claim',
    description: 'a case has been filed, court summons, case number (true only when a case is filed)',
    patterns: [
      '(case|lawsuit|suit|claim)(has|have)been(filed|issued|lodged)|(we|i)(have)?filed(a)?(law)?suit|summons|casenumber|courtdate',
    ],
    examples: ['A case has been filed against you.', 'You will receive a court summons.'],
    allowedWhen: ['legalCaseFiled'],
  },
  {
    id: 'en.legal.intent',
    category: 'false-legal-claim',
    description: 'we will sue, final notice before legal action (true only when the creditor has decided to sue)',
    patterns: [
      '(we|i)(will|ll|shall|aregoingto|amgoingto)(be(forced|obliged)to|havenochoicebutto|haveto|now|immediately)?(sue|take(you)?tocourt|takelegalaction|file(a)?(law)?suit|(commence|begin|start)legalproceedings)',
      'finalnoticebeforelegalaction|legalaction(will|shall)be(taken|commenced)|(you|yourcompany)willbesued|suitwillbefiled',
    ],
    examples: ['We will sue you.', 'FINAL NOTICE BEFORE LEGAL ACTION', 'We will be forced to take legal action.'],
    allowedWhen: ['legalActionDecided'],
  },
  {
    id: 'zh.attorney',
    category: 'false-attorney',
    description: '律师函、我们的律师、律师已介入 (true only when a lawyer is retained)',
    patterns: ['律师函|我(们|司|方)的?律师|律师已(经)?(介入|接手|受理)|(已|将)?委托律师|律师事务所已|(移交|交由|转交)律师'],
    examples: ['律师函将于明日发出', '我司律师已介入'],
    allowedWhen: ['lawyerRetained'],
  },
  {
    id: 'en.attorney',
    category: 'false-attorney',
    description: 'our attorney, our lawyers, attorney letter (true only when a lawyer is retained)',
    patterns: [
      'our(attorneys?|lawyers?|legalcounsel|solicitors?|lawfirm)|attorneyletter|lawyersletter|(lawfirm|attorney|lawyer|solicitor)s?(has|have)been(instructed|retained)',
      'referred(this|thematter|youraccount)?to(attorneys?|lawyers?|solicitors?|alawfirm)',
    ],
    examples: ['Our attorney will contact you.', 'The matter has been referred to lawyers.'],
    allowedWhen: ['lawyerRetained'],
  },
  {
    id: 'zh.seizure',
    category: 'seizure-without-judgment',
    description: '强制执行、查封、冻结账户、失信被执行人、限高 (true only after a judgment)',
    patterns: [
      '强制执行|查封|扣押|冻结(你|您|贵司)?的?(银行)?(账户|资产|财产)|拍卖(你|您|贵司)的|失信被执行人|限制高消费|限高',
    ],
    examples: ['我们将申请强制执行', '冻结贵司银行账户'],
    allowedWhen: ['judgmentObtained'],
  },
  {
    id: 'en.seizure',
    category: 'seizure-without-judgment',
    description: 'garnish, seize, repossess, freeze your account (true only after a judgment)',
    patterns: [
      'garnish(ee|ment|ed|ing)?|seiz(e|ed|ing|ure)(?!the(chance|opportunity|moment))|repossess(ed|ion)?|freezeyour(bank)?accounts?|takeyour(property|assets|house|home|car)|lienon|levyon',
    ],
    examples: ["We'll garnish your wages.", 'We will seize your equipment.'],
    allowedWhen: ['judgmentObtained'],
  },
  {
    id: 'zh.credit',
    category: 'credit-report',
    description: '上报征信、黑名单 (true only when a credit-reporting clause is agreed)',
    // Asking a customer for its 征信报告 (credit assessment) is ordinary credit management.
    patterns: [
      '(上|报|上报|报送|纳入|录入|提交)(人行|央行|企业|贵司)?的?征信|影响(贵司|你|您|你们)?的?征信|征信(黑名单|污点)|黑名单|信用记录(受损|有污点|毁)',
    ],
    examples: ['逾期将上报征信', '把贵司列入黑名单'],
    allowedWhen: ['creditReportingAgreed'],
  },
  {
    id: 'en.credit',
    category: 'credit-report',
    description: 'ruin your credit, report you to credit bureaus, blacklist (true only when agreed)',
    patterns: [
      '(ruin|destroy|damage|wreck)(your|yourcompanys)credit|yourcredit(rating|score|record)?(will|would)be(ruined|destroyed|damaged)',
      'report(ed|ing)?(you|this|thedebt|yourcompany)?to(the)?(creditbureaus?|creditagenc(y|ies)|creditreferenceagenc(y|ies))|blacklist(ed)?',
    ],
    examples: ['Your credit will be ruined.', 'We will report you to the credit bureaus.'],
    allowedWhen: ['creditReportingAgreed'],
  },
  {
    id: 'zh.fee.collection',
    category: 'unagreed-fee',
    description: '催收费、上门费、外访费、律师费 (only when the contract provides for them)',
    patterns: ['催收(服务)?费|催款费|上门费|外访费|追讨费|追收费|律师费'],
    examples: ['另需支付催收费500元', '上门费由你承担'],
    allowedWhen: ['collectionFeeAgreed'],
  },
  {
    id: 'zh.fee.late',
    category: 'unagreed-fee',
    description: '违约金、滞纳金、罚息 (only when the contract provides for them)',
    patterns: ['违约金|滞纳金|罚息|逾期利息|罚款'],
    examples: ['每天加收滞纳金', '逾期将按合同约定计收违约金'],
    allowedWhen: ['lateFeeAgreed'],
  },
  {
    id: 'en.fee.collection',
    category: 'unagreed-fee',
    description: 'collection fee, administration fee, reminder fee (only when agreed)',
    patterns: [
      'collection(fee|fees|charge|charges|costs)|admin(istration|istrative)?(fee|fees|charge)|(reminder|dunning|chasing)(fee|fees|charge|charges)',
      '(fee|fees|charge|charges)[a-z]{0,40}?for(this|each|every)(reminder|letter|notice|call)',
    ],
    examples: ['A collection fee of $250 has been added.', 'An administration fee will be charged.', 'A handling fee has been applied for this reminder.'],
    allowedWhen: ['collectionFeeAgreed'],
  },
  {
    id: 'en.fee.late',
    category: 'unagreed-fee',
    description: 'late fee, late charge, penalty interest (only when agreed)',
    patterns: ['late(payment)?(fee|fees|charge|charges)|penalty(fee|fees|charge|charges|interest)|defaultinterest'],
    examples: ['A late fee of 5% per month applies.', 'Penalty interest will accrue.'],
    allowedWhen: ['lateFeeAgreed'],
  },
  {
    id: 'zh.borrow',
    category: 'pressure-to-borrow',
    description: '网贷、高利贷、借呗、套现、去借钱、卖房卖车',
    patterns: ['网贷|高利贷|借呗|花呗|套现|去借|借钱|找(亲戚|朋友|家人)+借|卖房|卖车|抵押房|拆东墙'],
    examples: ['没钱就去借网贷还', '卖房卖车也得还'],
  },
  {
    id: 'en.borrow',
    category: 'pressure-to-borrow',
    description: 'take out a loan, payday loan, borrow money, sell your house',
    patterns: [
      '(take|takeout|get)a(payday|personal)?loan|paydayloans?|loanshark|borrow(the)?(money|funds|from)|useyourcreditcard|maxout|sellyour(house|home|car|assets)|remortgage',
    ],
    examples: ['Take out a payday loan if you have to.', 'Borrow the money from your family.'],
  },
];

/** The phrase list with the sources of one jurisdiction; plain data, embedded in the pack. */
export function phraseEntries(sources: Record<PhraseCategory, RuleSource>): PhraseEntry[] {
  return ENTRIES.map((e) => {
    const entry: PhraseEntry = {
      id: e.id,
      ruleId: `wording.${e.category}`,
      severity: e.severity ?? 'block',
      description: e.description,
      patterns: e.patterns,
      message: MESSAGES[e.category],
      source: sources[e.category],
      examples: e.examples,
    };
    if (e.allowedWhen) entry.conditions = { allowedWhen: e.allowedWhen };
    return entry;
  });
}
