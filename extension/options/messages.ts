import { defineMessages, translator } from '../i18n';

/** Strings of the options page. */
export const optionsMessages = defineMessages(
  {
    optionsTitle: 'AR Lens settings',
    language: 'Language',
    languageAuto: 'Browser default',
  },
  {
    optionsTitle: '应收透镜设置',
    language: '语言',
    languageAuto: '跟随浏览器',
  },
);

export const t = translator(optionsMessages);
