import { parseManagedPolicy } from 'shared/feed/rulePack';
import { describe, expect, it } from 'vitest';
import { effectiveFeed, effectiveProfile, effectiveRole, mayEditTemplates, readManagedPolicy } from '../../../extension/entrypoints/background/policy';

const KEY = 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEY2EqQr4WCiI2SSU56BQoaoIsN2HH7F6DUqI';

describe('managed policy in the extension', () => {
  const { policy } = parseManagedPolicy({
    ruleFeedUrl: 'https://rules.acme.example/p.json',
    ruleFeedPublicKey: KEY,
    ruleFeedKeyId: 'acme',
    lockedProfile: 'EU',
    role: 'legal',
    allowTemplateEditing: false,
  });

  it('lets a locked profile and a managed role win over the user', () => {
    expect(effectiveProfile(policy, 'CN')).toBe('EU');
    expect(effectiveRole(policy, 'sales')).toBe('legal');
    expect(effectiveProfile({}, 'US')).toBe('US');
    expect(effectiveRole({}, 'sales')).toBe('sales');
  });

  it("uses the policy's feed, locked, over the user's; the user's when the policy sets none", () => {
    const mine = { url: 'https://mine.example/p.json', publicKey: KEY };
    expect(effectiveFeed(policy, mine)).toEqual({
      config: { url: 'https://rules.acme.example/p.json', publicKey: KEY, keyId: 'acme' },
      locked: true,
      refreshHours: 24,
    });
    expect(effectiveFeed({}, mine)).toEqual({ config: mine, locked: false });
    expect(effectiveFeed({}, undefined)).toBeUndefined();
  });

  it('allows template editing unless the policy says false', () => {
    expect(mayEditTemplates(policy)).toBe(false);
    expect(mayEditTemplates({})).toBe(true);
    expect(mayEditTemplates({ allowTemplateEditing: true })).toBe(true);
  });

  it('reads "no policy" where there is no managed storage', async () => {
    expect(await readManagedPolicy()).toEqual({ policy: {}, issues: [] });
  });
});
