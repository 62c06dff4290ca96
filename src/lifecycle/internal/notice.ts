import { formatLifecycleMessage as formatMessage } from '../../messages/areaMessages';
import type { Lang } from '../../messages/lang';
import type { MessageParams } from '../../messages/renderMessage';
import type { NoticeTopic, NotifyCustomerEffect } from '../effects';

/** A `notify_customer` effect with its message in `lang`. */
export function notice(
  topic: NoticeTopic,
  params: MessageParams,
  lang: Lang,
): NotifyCustomerEffect {
  return {
    type: 'notify_customer',
    topic,
    message: formatMessage(`notice_${topic}`, params, lang),
  };
}
