import { pick, type Rng } from './random';

const CITIES: readonly (readonly [string, string])[] = [
  ['北京', 'bj'], ['上海', 'sh'], ['广州', 'gz'], ['深圳', 'sz'], ['杭州', 'hz'], ['南京', 'nj'], ['苏州', 'suzhou'],
  ['成都', 'cd'], ['重庆', 'cq'], ['武汉', 'wh'], ['西安', 'xa'], ['天津', 'tj'], ['宁波', 'nb'], ['厦门', 'xm'],
  ['青岛', 'qd'], ['长沙', 'cs'], ['郑州', 'zz'], ['合肥', 'hf'], ['佛山', 'fs'], ['东莞', 'dg'],
];
const BRANDS: readonly (readonly [string, string])[] = [
  ['华盛', 'huasheng'], ['恒通', 'hengtong'], ['瑞丰', 'ruifeng'], ['鼎盛', 'dingsheng'], ['嘉禾', 'jiahe'],
  ['宏远', 'hongyuan'], ['金桥', 'jinqiao'], ['远航', 'yuanhang'], ['新锐', 'xinrui'], ['永兴', 'yongxing'],
  ['天成', 'tiancheng'], ['中联', 'zhonglian'], ['聚源', 'juyuan'], ['博雅', 'boya'], ['安泰', 'antai'],
  ['盛世', 'shengshi'], ['海纳', 'haina'], ['凯达', 'kaida'], ['润泽', 'runze'], ['同创', 'tongchuang'],
  ['明德', 'mingde'], ['启航', 'qihang'], ['东方', 'dongfang'], ['万达信', 'wandaxin'], ['卓越', 'zhuoyue'],
  ['志诚', 'zhicheng'], ['华信', 'huaxin'], ['天宇', 'tianyu'], ['正泰和', 'zhengtaihe'], ['汇丰源', 'huifengyuan'],
];
const INDUSTRIES: readonly (readonly [string, string])[] = [
  ['科技', 'tech'], ['电子', 'elec'], ['贸易', 'trade'], ['物流', 'logistics'], ['机械', 'machinery'],
  ['化工', 'chem'], ['医药', 'pharma'], ['食品', 'food'], ['建材', 'bm'], ['纺织', 'textile'],
  ['汽车零部件', 'autoparts'], ['新能源', 'newenergy'], ['供应链管理', 'scm'], ['信息技术', 'it'], ['包装材料', 'pack'],
];
const CN_SUFFIXES = ['有限公司', '有限公司', '有限公司', '股份有限公司', '集团有限公司'];

const EN_BRANDS = [
  'Pacific', 'Northstar', 'Evergreen', 'Summit', 'Bluewave', 'Redwood', 'Silverline', 'Golden Gate', 'Harborview',
  'Crestline', 'Ironbridge', 'Lakeside', 'Brightpath', 'Keystone', 'Oakmont', 'Riverstone', 'Skyline', 'Westfield',
  'Granite', 'Meridian', 'Horizon', 'Sterling', 'Atlas', 'Beacon', 'Cobalt',
];
const EN_INDUSTRIES = ['Trading', 'Electronics', 'Logistics', 'Industrial', 'Foods', 'Components', 'Textiles', 'Systems', 'Materials', 'Packaging'];
const EN_SUFFIXES = ['Co., Ltd.', 'Inc.', 'LLC', 'Ltd.', 'Pte. Ltd.', 'Limited', 'Corp.'];
const DE_BRANDS = ['Berger', 'Hoffmann', 'Schmidt', 'Weber', 'Keller', 'Fischer', 'Wagner', 'Becker', 'Schulz', 'Richter'];
const DE_INDUSTRIES = ['Maschinenbau', 'Logistik', 'Elektrotechnik', 'Handel', 'Kunststofftechnik', 'Antriebstechnik'];
const DE_SUFFIXES = ['GmbH', 'GmbH & Co. KG', 'AG'];

const CN_GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '勇', '艳', '杰', '涛', '明', '超', '秀英', '丽', '强', '军', '平', '刚', '桂英'];
const CN_FAMILY: readonly (readonly [string, string])[] = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['赵', 'zhao'],
  ['黄', 'huang'], ['周', 'zhou'], ['吴', 'wu'], ['徐', 'xu'], ['孙', 'sun'], ['胡', 'hu'], ['朱', 'zhu'], ['高', 'gao'],
];
const EN_FIRST = ['James', 'Mary', 'Robert', 'Linda', 'Michael', 'Sarah', 'David', 'Emma', 'Daniel', 'Olivia', 'Lukas', 'Anna', 'Felix', 'Sophie'];
const EN_LAST = ['Smith', 'Johnson', 'Brown', 'Taylor', 'Miller', 'Wilson', 'Clark', 'Lewis', 'Walker', 'Young', 'Koch', 'Wolf'];

export interface GeneratedName {
  name: string;
  domain: string;
  style: 'cn' | 'en' | 'de';
}

export function companyName(rng: Rng, style: 'cn' | 'en' | 'de'): GeneratedName {
  if (style === 'cn') {
    const [city, cityKey] = pick(rng, CITIES);
    const [brand, brandKey] = pick(rng, BRANDS);
    const [industry, industryKey] = pick(rng, INDUSTRIES);
    const suffix = pick(rng, CN_SUFFIXES);
    return { name: `${city}${brand}${industry}${suffix}`, domain: `${brandKey}-${industryKey}-${cityKey}.com.cn`, style };
  }
  if (style === 'de') {
    const brand = pick(rng, DE_BRANDS);
    const industry = pick(rng, DE_INDUSTRIES);
    return { name: `${brand} ${industry} ${pick(rng, DE_SUFFIXES)}`, domain: `${brand}-${industry}.de`.toLowerCase(), style };
  }
  const brand = pick(rng, EN_BRANDS);
  const industry = pick(rng, EN_INDUSTRIES);
  return {
    name: `${brand} ${industry} ${pick(rng, EN_SUFFIXES)}`,
    domain: `${brand}${industry}.com`.toLowerCase().replace(/\s+/g, ''),
    style,
  };
}

export function personName(rng: Rng, style: 'cn' | 'en' | 'de'): { name: string; local: string } {
  if (style === 'cn') {
    const [family, familyKey] = pick(rng, CN_FAMILY);
    const given = pick(rng, CN_GIVEN);
    return { name: `${family}${given}`, local: `${familyKey}.${Math.floor(rng() * 900 + 100)}` };
  }
  const first = pick(rng, EN_FIRST);
  const last = pick(rng, EN_LAST);
  return { name: `${first} ${last}`, local: `${first}.${last}`.toLowerCase() };
}
