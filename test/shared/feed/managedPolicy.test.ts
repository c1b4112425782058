import { exportPublicKeySpki, generateRulePackKeyPair } from 'shared/feed/rulePackSignature';
import { MANAGED_POLICY_SCHEMA, parseManagedPolicy } from 'shared/feed/managedPolicy';
import { describe, expect, it } from 'vitest';

describe('managed policy', () => {
  it('parses a complete policy', async () => {
    const key = await exportPublicKeySpki((await generateRulePackKeyPair()).publicKey);
    const { policy, issues } = parseManagedPolicy({
      ruleFeedUrl: 'https://rules.acme.cn/pack.json',
      ruleFeedPublicKey: key,
      ruleFeedKeyId: 'acme-2026',
      lockedProfile: 'CN',
      role: 'finance',
      allowRuleEditing: false,
      allowTemplateEditing: true,
    });
    expect(issues).toEqual([]);
    expect(policy).toEqual({
      ruleFeed: { url: 'https://rules.acme.cn/pack.json', publicKey: key, keyId: 'acme-2026', refreshHours: 24 },
      lockedProfile: 'CN',
      role: 'finance',
      allowRuleEditing: false,
      allowTemplateEditing: true,
    });
  });

  it('drops invalid fields with a bilingual issue and keeps the valid ones', () => {
    const { policy, issues } = parseManagedPolicy({
      ruleFeedUrl: 'http://rules.acme.cn/pack.json',
      role: 'admin',
      allowRuleEditing: 'no',
      lockedProfile: 'US',
      ruleFeedRefreshHours: 0,
    });
    expect(policy).toEqual({ lockedProfile: 'US' });
    expect(issues.map((i) => i.key).sort()).toEqual(['allowRuleEditing', 'role', 'ruleFeedRefreshHours', 'ruleFeedUrl']);
    for (const i of issues) expect(i.message.zh_CN).toMatch(/[\u4e00-\u9fff]/);
  });

  it('leaves the feed off without a public key', () => {
    const { policy, issues } = parseManagedPolicy({ ruleFeedUrl: 'https://rules.acme.cn/p.json' });
    expect(policy.ruleFeed).toBeUndefined();
    expect(issues).toMatchObject([{ key: 'ruleFeedPublicKey' }]);
  });

  it('treats anything but an object as an empty policy', () => {
    expect(parseManagedPolicy(undefined)).toEqual({ policy: {}, issues: [] });
    expect(parseManagedPolicy('x')).toEqual({ policy: {}, issues: [] });
  });

  it('the JSON schema lists exactly the fields the parser reads', () => {
    expect(Object.keys(MANAGED_POLICY_SCHEMA.properties).sort()).toEqual(
      [
        'allowRuleEditing',
        'allowTemplateEditing',
        'lockedProfile',
        'role',
        'ruleFeedKeyId',
        'ruleFeedPublicKey',
        'ruleFeedRefreshHours',
        'ruleFeedUrl',
      ].sort(),
    );
    expect(JSON.parse(JSON.stringify(MANAGED_POLICY_SCHEMA))).toEqual(MANAGED_POLICY_SCHEMA);
  });
});
