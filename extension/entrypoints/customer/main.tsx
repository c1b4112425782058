import { render } from 'preact';
import { ArLensDb, loadCustomerRecords } from 'shared/db';
import { customerFullView } from 'shared/view';
import { applyLocalePreference } from '../../lib/localePref';
import { todayIso } from '../../lib/today';
import { CustomerPage } from '../../popup/CustomerPage';
import '../../popup/popup.css';
import '../../ui/panel/panel.css';
import '../../popup/customer.css';

/** The full customer view opened from the lookup (Enter) or the omnibox: an extension page reading the database. */
applyLocalePreference().then(async (choice) => {
  document.documentElement.lang = choice === 'auto' ? navigator.language : choice.replace('_', '-');
  const id = (new URLSearchParams(location.search).get('id') ?? '').slice(0, 120);
  const records = id ? await loadCustomerRecords(new ArLensDb(), id) : undefined;
  const view = records ? customerFullView(records, todayIso()) : null;
  if (view) document.title = `${view.customer.name} · AR Lens`;
  render(<CustomerPage view={view} />, document.getElementById('app')!);
});
