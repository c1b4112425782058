import type { Channel, StepAction, StepOwner, Tone } from './types';

export interface Message {
  en: string;
  zh_CN: string;
}

export const CHANNEL_LABELS: Record<Channel, Message> = {
  email: { en: 'E-mail', zh_CN: '电子邮件' },
  sms: { en: 'SMS', zh_CN: '短信' },
  wechat: { en: 'WeChat', zh_CN: '微信' },
  phone: { en: 'Phone call', zh_CN: '电话' },
  letter: { en: 'Letter', zh_CN: '信函' },
};

export const TONE_LABELS: Record<Tone, Message> = {
  friendly: { en: 'Friendly', zh_CN: '友好提醒' },
  gentle: { en: 'Gentle', zh_CN: '温和催收' },
  firm: { en: 'Firm', zh_CN: '坚定催收' },
  formal: { en: 'Formal', zh_CN: '正式函告' },
  legal: { en: 'Legal', zh_CN: '法律程序' },
};

export const OWNER_LABELS: Record<StepOwner, Message> = {
  rep: { en: 'Sales rep', zh_CN: '销售代表' },
  'sales-manager': { en: 'Sales manager', zh_CN: '销售经理' },
  'finance-director': { en: 'Finance director', zh_CN: '财务总监' },
  director: { en: 'Director', zh_CN: '总经理' },
  legal: { en: 'Legal', zh_CN: '法务' },
};

export const ACTION_LABELS: Record<StepAction, Message> = {
  'report-to-director': { en: 'Report to the director', zh_CN: '上报总经理' },
  'legal-review': { en: 'Legal review', zh_CN: '法务评估' },
  'formal-letter': { en: 'Formal letter', zh_CN: '正式催款函' },
};
