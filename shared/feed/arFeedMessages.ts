import type { Message } from '../import';
import type { ArFeedError, ArFeedErrorCode } from './arFeedTypes';

const MESSAGES: Record<ArFeedErrorCode, Message> = {
  'invalid-config': { en: 'The feed settings are incomplete: {detail}', zh_CN: '数据源设置不完整：{detail}' },
  timeout: { en: 'The feed did not answer within {ms} ms.', zh_CN: '数据源在 {ms} 毫秒内没有响应。' },
  network: { en: 'The feed could not be reached: {detail}', zh_CN: '无法连接数据源：{detail}' },
  http: { en: 'The feed answered with HTTP {status}.', zh_CN: '数据源返回 HTTP {status}。' },
  'malformed-json': { en: 'The feed did not return valid JSON.', zh_CN: '数据源返回的不是有效的 JSON。' },
  'rows-not-found': { en: 'No list of rows at "{path}" in the feed.', zh_CN: '数据源中“{path}”处没有行列表。' },
  'too-many-pages': { en: 'The feed has more than {max} pages; stopped.', zh_CN: '数据源超过 {max} 页，已停止。' },
  aborted: { en: 'The feed refresh was cancelled.', zh_CN: '数据源刷新已取消。' },
};

export function feedError(code: ArFeedErrorCode, params: Record<string, string | number> = {}): ArFeedError {
  const fill = (t: string) => t.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
  const m = MESSAGES[code];
  return {
    code,
    message: { en: fill(m.en), zh_CN: fill(m.zh_CN) },
    ...(code === 'http' && typeof params.status === 'number' ? { status: params.status } : {}),
  };
}
