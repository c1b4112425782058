import { render } from 'preact';
import { applyLocalePreference } from '../../lib/localePref';
import { OptionsApp } from '../../options/OptionsApp';
import '../../options/options.css';

applyLocalePreference().then((choice) => {
  document.documentElement.lang = choice === 'auto' ? navigator.language : choice.replace('_', '-');
  render(<OptionsApp initialLocale={choice} />, document.getElementById('app')!);
});
