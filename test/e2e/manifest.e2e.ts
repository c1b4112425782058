import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionDir } from '../../scripts/browser/launch';

/**
 * The built extension may ask for exactly these permissions. Growing the list is a decision: change it here,
 * in review, with the reason beside it.
 */
const PERMISSIONS = {
  storage: 'settings and the language choice',
  alarms: 'scheduled feed refreshes and the daily portfolio snapshot',
  contextMenus: '"Look up credit" on selected text',
  scripting: 'content scripts registered at runtime for user-added sites (generic connector)',
};
const OPTIONAL_HOST_PERMISSIONS = ['https://*/*'];
/** Content scripts run only on the supported sites. */
const CONTENT_SCRIPT_HOSTS = [
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce.com/*',
  'https://*.sfcrmapps.cn/*',
  'https://www.fxiaoke.com/*',
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://wx.mail.qq.com/*',
  'https://mail.qq.com/*',
  'https://mail.163.com/*',
  'https://mail.126.com/*',
];

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  content_security_policy?: unknown;
  web_accessible_resources?: unknown[];
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('built manifest and bundles', () => {
  const dir = extensionDir();
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

  it('asks for no permission beyond the reviewed list', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(Object.keys(PERMISSIONS).sort());
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual(OPTIONAL_HOST_PERMISSIONS);
  });

  it('injects content scripts only into the supported sites', () => {
    const matches = new Set((manifest.content_scripts ?? []).flatMap((c) => c.matches));
    for (const m of matches) expect(m.startsWith('https://') && !m.includes('<all_urls>')).toBe(true);
    const zoho = [...matches].filter((m) => m.includes('zoho'));
    expect(zoho.length).toBeGreaterThan(0);
    expect([...matches].filter((m) => !m.includes('zoho')).sort()).toEqual([...CONTENT_SCRIPT_HOSTS].sort());
  });

  it('has no <all_urls>, no custom CSP loosening and nothing web-accessible', () => {
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(JSON.stringify(manifest)).not.toContain('*://*/*');
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('ships no eval, no Function constructor and no remote script', () => {
    const scripts = files(dir).filter((f) => f.endsWith('.js') || f.endsWith('.html'));
    expect(scripts.length).toBeGreaterThan(3);
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\s*\(/);
      expect(code, file).not.toMatch(/\bnew Function\s*\(/);
      expect(code, file).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(code, file).not.toMatch(/import\s*\(\s*["']https?:/);
    }
  });
});
