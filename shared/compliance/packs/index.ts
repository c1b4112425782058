import type { Profile, RulePack } from '../types';
import { CN_PACK } from './cn';
import { EU_PACK } from './eu';
import { US_PACK } from './us';

export { CN_PACK, EU_PACK, US_PACK };

export const BUILTIN_PACKS: Readonly<Record<Profile, RulePack>> = { CN: CN_PACK, US: US_PACK, EU: EU_PACK };

/** The built-in pack of a profile; a company feed's newer pack replaces it in the rule cache. */
export function packFor(profile: Profile): RulePack {
  return BUILTIN_PACKS[profile];
}
