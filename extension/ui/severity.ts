/** Colour family of a worst-bucket id; the badge and the aging bar share it. */
export const BUCKET_TONE: Record<string, string> = {
  current: 'ok',
  '1-30': 'watch',
  '31-60': 'warn',
  '61-90': 'bad',
  '90+': 'severe',
};

export const BUCKET_LABEL_KEY = {
  current: 'bucketCurrent',
  '1-30': 'bucket1to30',
  '31-60': 'bucket31to60',
  '61-90': 'bucket61to90',
  '90+': 'bucket90plus',
} as const;
