// @vitest-environment happy-dom
import { render } from 'preact';
import type { Finding } from 'shared/compliance';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from '../../../extension/ui/reminder/HighlightedText';
import { mailtoUrl, parseAddresses } from '../../../extension/ui/reminder/recipients';

const finding = (start: number, end: number, severity: Finding['severity'] = 'block'): Finding => ({
  ruleId: 'wording.threat',
  severity,
  message: { en: 'Threat', zh_CN: '威胁' },
  source: { title: 's', basis: 'law' },
  span: { start, end },
  field: 'text',
});

describe('HighlightedText', () => {
  it('wraps each flagged span in a mark and keeps markup in the text as text', () => {
    const host = document.createElement('div');
    const text = '<img src=x onerror=alert(1)> 再不还钱就去你家';
    const start = text.indexOf('去你家');
    render(<HighlightedText text={text} findings={[finding(start, start + 3)]} />, host);
    const marks = host.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.textContent).toBe('去你家');
    expect(marks[0]?.getAttribute('data-rule')).toBe('wording.threat');
    expect(marks[0]?.className).toBe('sev-block');
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toBe(text);
  });
});

describe('recipients', () => {
  it('splits addresses on commas, semicolons (also full-width) and line breaks', () => {
    expect(parseAddresses(' a@x.cn，b@x.cn; c@x.cn\n\n,')).toEqual(['a@x.cn', 'b@x.cn', 'c@x.cn']);
  });

  it('builds a mailto URL with every part encoded', () => {
    const url = mailtoUrl({ to: ['wang.li@xinghe-tech.com.cn'], cc: ['a&b@x.cn'] }, '付款 & 通知', '第一行\n第二行?');
    expect(url.startsWith('mailto:wang.li%40xinghe-tech.com.cn?')).toBe(true);
    const params = new URLSearchParams(url.slice(url.indexOf('?') + 1));
    expect(params.get('cc')).toBe('a&b@x.cn');
    expect(params.get('subject')).toBe('付款 & 通知');
    expect(params.get('body')).toBe('第一行\n第二行?');
  });
});
