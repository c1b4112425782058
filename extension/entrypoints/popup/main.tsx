import { render } from 'preact';
import { applyLocalePreference } from '../../lib/localePref';
import { LookupApp } from '../../popup/LookupApp';
import { initialQuery } from '../../popup/initialQuery';
import '../../popup/popup.css';

applyLocalePreference().then(async (choice) => {
  document.documentElement.lang = choice === 'auto' ? navigator.language : choice.replace('_', '-');
  render(<LookupApp initialQuery={await initialQuery()} />, document.getElementById('app')!);
});
