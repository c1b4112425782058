import type { GenericSiteConfig } from 'connectors/generic';
import { useState } from 'preact/hooks';
import { ReportView } from './ReportView';
import { t } from './messages';
import { type OpenTab, type TestOutcome, tabsMatching, testOnTab } from './testOnTab';

/** "Test on this tab": the open tabs the site's patterns cover, and what its extractors find on the chosen one. */
export function TestPanel({ config, granted }: { config: GenericSiteConfig; granted: boolean }) {
  const [tabs, setTabs] = useState<OpenTab[] | null>(null);
  const [outcome, setOutcome] = useState<{ tabId: number; result: TestOutcome } | null>(null);
  const patterns = config.matches.join(', ');
  if (!granted) return <p class="muted">{t('testNeedsPermission')}</p>;

  const find = async () => {
    setOutcome(null);
    setTabs(await tabsMatching(config.matches).catch(() => []));
  };
  const run = async (tab: OpenTab) => setOutcome({ tabId: tab.id, result: await testOnTab(tab.id, config) });

  return (
    <div class="test-panel" data-testid="test-panel">
      <p class="muted">{t('testHelp')}</p>
      <button type="button" onClick={find} data-testid="find-tabs">
        {t('testRefresh')}
      </button>
      {tabs?.length === 0 && <p class="muted">{t('testNoTabs', { patterns })}</p>}
      {tabs && tabs.length > 0 && (
        <ul class="tabs">
          {tabs.map((tab) => (
            <li key={tab.id}>
              <span class="tab-title" title={tab.url}>
                {tab.title}
              </span>{' '}
              <button type="button" onClick={() => run(tab)} data-testid="test-tab" data-url={tab.url}>
                {t('testRun')}
              </button>
              {outcome?.tabId === tab.id && outcome.result.kind === 'report' && <ReportView report={outcome.result.report} />}
              {outcome?.tabId === tab.id && outcome.result.kind === 'invalid' && <p class="error">{t('testInvalid')}</p>}
              {outcome?.tabId === tab.id && outcome.result.kind === 'failed' && <p class="error">{t('testFailed', { reason: outcome.result.reason })}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
