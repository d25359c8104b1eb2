import { useTranslation } from 'react-i18next';
import { Notification } from '@/shared/components/Notification';

/** Says why nothing can be changed: a restriction of processing (GDPR art. 18) is in force for the person. */
export function RestrictedNotice() {
  const { t } = useTranslation();
  return (
    <Notification title={t('restricted.title')}>
      <p>{t('restricted.body')}</p>
    </Notification>
  );
}
