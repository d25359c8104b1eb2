import { useTranslation } from 'react-i18next';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { formatDateTime } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { useClientChanges } from '../api/listClientChanges';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** The history of rectifications of the person's data: who, when, why, what; special-category fields only as changed. */
export function ClientChanges({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const translate = t as unknown as LooseT;
  const language = useLanguage();
  const changes = useClientChanges(clientId);
  return (
    <section aria-labelledby="changes-heading" className="section">
      <h2 id="changes-heading" className="heading-m">
        {t('rectify.historyHeading')}
      </h2>
      {changes.isPending && <p>{t('rectify.historyLoading')}</p>}
      {changes.isError && <ApiErrorMessage error={changes.error} onRetry={() => void changes.refetch()} />}
      {changes.data && changes.data.length === 0 && <p>{t('rectify.historyNone')}</p>}
      {changes.data && changes.data.length > 0 && (
        <ul className="list">
          {changes.data.map((change) => (
            <li key={change.id}>
              <h3 className="heading-s">
                {t('rectify.changed', { date: formatDateTime(change.changedAt, language), name: change.changedBy })}
                {change.institution && <> ({change.institution.name})</>}
              </h3>
              {change.reason && <p>{t('rectify.reason', { reason: change.reason })}</p>}
              <ul className="list list--bullet">
                {change.fields.map((field) => (
                  <li key={field.field}>
                    {translate(`rectify.field.${field.field}`)}:{' '}
                    {field.specialCategory
                      ? t('rectify.specialChanged')
                      : t('rectify.fromTo', { from: field.oldValue ?? t('rectify.empty'), to: field.newValue ?? t('rectify.empty') })}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
