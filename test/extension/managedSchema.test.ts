import { readFileSync } from 'node:fs';
import { MANAGED_POLICY_SCHEMA, parseManagedPolicy } from 'shared/feed/rulePack';
import { describe, expect, it } from 'vitest';

describe('extension/public/managed_schema.json', () => {
  const file: unknown = JSON.parse(readFileSync('extension/public/managed_schema.json', 'utf8'));

  it('is MANAGED_POLICY_SCHEMA, so what an admin can set is what parseManagedPolicy reads', () => {
    expect(file).toEqual(MANAGED_POLICY_SCHEMA);
  });

  it('declares every property parseManagedPolicy accepts', () => {
    const properties = Object.keys((file as { properties: Record<string, unknown> }).properties);
    const all = {
      ruleFeedUrl: 'https://rules.example.com/p.json',
      ruleFeedPublicKey: 'A'.repeat(60),
      ruleFeedKeyId: 'k',
      ruleFeedRefreshHours: 6,
      lockedProfile: 'CN',
      role: 'legal',
      allowRuleEditing: false,
      allowTemplateEditing: false,
    };
    expect(Object.keys(all).sort()).toEqual([...properties].sort());
    expect(parseManagedPolicy(all).issues).toEqual([]);
  });
});
