import fc from 'fast-check';
import { fxiaoke, fxiaokeRoute } from 'connectors/fxiaoke';
import { salesforce } from 'connectors/salesforce';
import { zohoCrm, zohoRoute } from 'connectors/zoho-crm';
import { describe, expect, it } from 'vitest';

describe('zoho-crm routes', () => {
  it('reads org, module and id, for the three modules only', () => {
    expect(zohoRoute(new URL('https://crm.zoho.eu/crm/org60012345678/tab/Potentials/4876876000000777201'))).toEqual({
      orgId: '60012345678',
      module: 'Potentials',
      recordId: '4876876000000777201',
    });
    expect(zohoRoute(new URL('https://crm.zoho.com/crm/tab/Accounts/4876876000000123456'))).toEqual({
      module: 'Accounts',
      recordId: '4876876000000123456',
    });
    expect(zohoRoute(new URL('https://crm.zoho.com/crm/org1/tab/Leads/4876876000000300001'))).toBeNull();
    expect(zohoRoute(new URL('https://crm.zoho.com/crm/org1/tab/Accounts/48768760'))).toBeNull();
  });
});

describe('fxiaoke routes', () => {
  it('tells customer details, related details and the customer list apart', () => {
    const home = 'https://www.fxiaoke.com/XV/UI/Home';
    expect(fxiaokeRoute(new URL(`${home}#crm/detail/=/AccountObj/5F1A2B3C4D5E6F7A8B9C0D1E`))).toEqual({
      kind: 'account',
      recordId: '5f1a2b3c4d5e6f7a8b9c0d1e',
    });
    expect(fxiaokeRoute(new URL(`${home}#crm/detail/=/SalesOrderObj/65c0d1e2f3a4b5c6d7e8f901`))?.kind).toBe('related');
    expect(fxiaokeRoute(new URL(`${home}#crm/list/=/AccountObj`))).toEqual({ kind: 'account-list' });
    expect(fxiaokeRoute(new URL(`${home}#crm/list/=/AccountObjX`))).toBeNull();
    expect(fxiaokeRoute(new URL('https://www.fxiaoke.com/other#crm/detail/=/AccountObj/5f1a2b3c4d5e6f7a8b9c0d1e'))).toBeNull();
  });
});

const HOSTS = ['www.fxiaoke.com', 'fxiaoke.com.example.net', 'crm.zoho.com', 'crmplus.zoho.eu', 'acme.lightning.force.com', 'acme.my.salesforce.com', 'example.com'];

describe('URL checks of every CRM connector', () => {
  it('never throw, and stay false off their own hosts', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HOSTS), fc.webPath(), fc.webFragments(), (host, path, hash) => {
        const url = new URL(`https://${host}${path}#${hash}`);
        for (const c of [salesforce, zohoCrm, fxiaoke]) expect(typeof c.isRecordPage(url)).toBe('boolean');
        if (url.hostname !== 'www.fxiaoke.com') expect(fxiaoke.isRecordPage(url)).toBe(false);
      }),
    );
  });
});
