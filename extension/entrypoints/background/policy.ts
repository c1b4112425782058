import type { Profile } from 'shared/compliance';
import type { RulePackFeedConfig } from 'shared/db/rulePackRepo';
import { type ManagedPolicy, type ManagedRole, type PolicyIssue, parseManagedPolicy } from 'shared/feed/rulePack';
import { browser } from 'wxt/browser';

export interface PolicyState {
  policy: ManagedPolicy;
  issues: PolicyIssue[];
}

/**
 * The enterprise policy from chrome.storage.managed (see public/managed_schema.json). Unmanaged browsers,
 * and Firefox without a policy, reject the read or return nothing: both mean "no policy".
 */
export async function readManagedPolicy(): Promise<PolicyState> {
  try {
    return parseManagedPolicy(await browser.storage.managed.get(null));
  } catch {
    return { policy: {}, issues: [] };
  }
}

/** Calls `listener` with the new policy whenever the administrator changes it. Returns the unsubscribe. */
export function onManagedPolicyChanged(listener: (state: PolicyState) => void): () => void {
  const handle = (_changes: unknown, area: string) => {
    if (area === 'managed') readManagedPolicy().then(listener);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}

/** A locked profile wins over the user's choice. */
export function effectiveProfile(policy: ManagedPolicy, userChoice: Profile): Profile {
  return policy.lockedProfile ?? userChoice;
}

/** A managed role wins over the role the user gave themselves. */
export function effectiveRole(policy: ManagedPolicy, userChoice: ManagedRole): ManagedRole {
  return policy.role ?? userChoice;
}

export const mayEditTemplates = (policy: ManagedPolicy): boolean => policy.allowTemplateEditing !== false;
export const mayEditRules = (policy: ManagedPolicy): boolean => policy.allowRuleEditing !== false;

/** The feed in force: the policy's when it sets one (the user cannot change it), else the user's own. */
export function effectiveFeed(
  policy: ManagedPolicy,
  userConfig: RulePackFeedConfig | undefined,
): { config: RulePackFeedConfig; locked: boolean; refreshHours?: number } | undefined {
  const managed = policy.ruleFeed;
  if (managed) {
    const config: RulePackFeedConfig = { url: managed.url, publicKey: managed.publicKey };
    if (managed.keyId) config.keyId = managed.keyId;
    return { config, locked: true, refreshHours: managed.refreshHours };
  }
  return userConfig ? { config: userConfig, locked: false } : undefined;
}
