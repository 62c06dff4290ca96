/**
 * The province-level codes of GB/T 2260 (中华人民共和国行政区划代码): the first two digits of
 * every administrative division code, and so of every resident identity card number issued to
 * a resident of that division (GB 11643-1999 §4.2: "address code"). Keys are the two digits,
 * values the division's name in English and Chinese.
 *
 * Hong Kong (81), Macao (82) and Taiwan (71) are listed in GB/T 2260. Residence permits for
 * residents of Hong Kong, Macao and Taiwan (港澳台居民居住证) use the codes 810000, 820000 and
 * 830000 under the 2018 Measures that created them; `83` is therefore accepted as well, and
 * marked so. Codes of former divisions that are no longer issued are not listed: a number
 * whose province code is not here cannot have been issued by a mainland public security
 * authority since 1999.
 *
 * @example
 * ```ts
 * RESIDENT_ID_PROVINCE_CODES['11']; // { en: 'Beijing', 'zh-CN': '北京市' }
 * RESIDENT_ID_PROVINCE_CODES['99']; // undefined
 * ```
 */
export const RESIDENT_ID_PROVINCE_CODES: Readonly<
  Record<string, Readonly<{ en: string; 'zh-CN': string }>>
> = Object.freeze(
  Object.fromEntries(
    (
      [
        ['11', 'Beijing', '北京市'],
        ['12', 'Tianjin', '天津市'],
        ['13', 'Hebei', '河北省'],
        ['14', 'Shanxi', '山西省'],
        ['15', 'Inner Mongolia', '内蒙古自治区'],
        ['21', 'Liaoning', '辽宁省'],
        ['22', 'Jilin', '吉林省'],
        ['23', 'Heilongjiang', '黑龙江省'],
        ['31', 'Shanghai', '上海市'],
        ['32', 'Jiangsu', '江苏省'],
        ['33', 'Zhejiang', '浙江省'],
        ['34', 'Anhui', '安徽省'],
        ['35', 'Fujian', '福建省'],
        ['36', 'Jiangxi', '江西省'],
        ['37', 'Shandong', '山东省'],
        ['41', 'Henan', '河南省'],
        ['42', 'Hubei', '湖北省'],
        ['43', 'Hunan', '湖南省'],
        ['44', 'Guangdong', '广东省'],
        ['45', 'Guangxi', '广西壮族自治区'],
        ['46', 'Hainan', '海南省'],
        ['50', 'Chongqing', '重庆市'],
        ['51', 'Sichuan', '四川省'],
        ['52', 'Guizhou', '贵州省'],
        ['53', 'Yunnan', '云南省'],
        ['54', 'Tibet', '西藏自治区'],
        ['61', 'Shaanxi', '陕西省'],
        ['62', 'Gansu', '甘肃省'],
        ['63', 'Qinghai', '青海省'],
        ['64', 'Ningxia', '宁夏回族自治区'],
        ['65', 'Xinjiang', '新疆维吾尔自治区'],
        ['71', 'Taiwan', '台湾省'],
        ['81', 'Hong Kong', '香港特别行政区'],
        ['82', 'Macao', '澳门特别行政区'],
        ['83', 'Taiwan (residence permit)', '台湾居民居住证'],
      ] as const
    ).map(([code, en, zh]) => [code, Object.freeze({ en, 'zh-CN': zh })]),
  ),
);

/** GB/T 2260 as `id_unknown_region` cites it: its reference and its key in the shipped sources. */
export const PROVINCE_CODES_SOURCE = Object.freeze({ source: 'GB/T 2260', sourceKey: 'gb-t-2260' });
