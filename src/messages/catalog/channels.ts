import type { LangText } from '../lang';
import type { Channel } from '../../presets/types';
import { deepFreeze } from '../../presets/internal/deepFreeze';

/** Display names of channels, for messages. */
export const CHANNEL_WORDS: { readonly [C in Channel]: LangText } = /* @__PURE__ */ deepFreeze({
  counter: { en: 'the counter', 'zh-CN': '柜面' },
  kiosk_assisted: { en: 'an assisted kiosk', 'zh-CN': '有人值守的自助设备' },
  atm: { en: 'an ATM', 'zh-CN': 'ATM' },
  online: { en: 'online banking', 'zh-CN': '网上银行' },
  mobile: { en: 'mobile banking', 'zh-CN': '手机银行' },
  phone: { en: 'phone banking', 'zh-CN': '电话银行' },
  remote: { en: 'a remote channel', 'zh-CN': '远程渠道' },
});
