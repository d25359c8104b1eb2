import { useTranslation } from 'react-i18next';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { formatDate } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { useAccessibilityStatement } from '../api/getAccessibilityStatement';

const RPO_URL = 'https://bip.brpo.gov.pl/';

/**
 * The accessibility statement (deklaracja dostępności) the act of 4 April 2019 on digital
 * accessibility requires of public bodies, in the structure of its model: the body and the dates,
 * the compliance status and what is not accessible, how the statement was prepared, contact and
 * the request and complaint procedure, architectural accessibility and mobile applications. The
 * deployment's own data (body, dates, contact) comes from the API; public, without login.
 */
export function AccessibilityStatementPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(t('accessibility.title'));
  const query = useAccessibilityStatement();
  const s = query.data;
  return (
    <>
      <PageHeading>{t('accessibility.title')}</PageHeading>
      {query.isPending && <p role="status">{t('accessibility.loading')}</p>}
      {query.isError && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {s && (
        <div className="prose">
          <p className="lead lead--s">{t('accessibility.intro', { entity: s.entityName })}</p>
          <ul className="list list--bullet">
            <li>{t('accessibility.published', { date: formatDate(s.publishedOn, language) })}</li>
            <li>{t('accessibility.updated', { date: formatDate(s.updatedOn, language) })}</li>
          </ul>

          <h2 className="heading-m">{t('accessibility.statusHeading')}</h2>
          <p>{t(`accessibility.status.${s.compliance}`)}</p>
          {s.compliance !== 'FULL' && (
            <>
              <h3 className="heading-s">{t('accessibility.nonCompliantHeading')}</h3>
              <ul className="list list--bullet">
                <li>{t('accessibility.nonCompliant1')}</li>
                <li>{t('accessibility.nonCompliant2')}</li>
                <li>{t('accessibility.nonCompliant3')}</li>
              </ul>
            </>
          )}

          <h2 className="heading-m">{t('accessibility.preparationHeading')}</h2>
          <p>{t('accessibility.prepared', { date: formatDate(s.preparedOn, language) })}</p>
          <p>{t('accessibility.reviewed', { date: formatDate(s.reviewedOn, language) })}</p>

          <h2 className="heading-m">{t('accessibility.keyboardHeading')}</h2>
          <p>{t('accessibility.keyboard')}</p>

          <h2 className="heading-m">{t('accessibility.feedbackHeading')}</h2>
          <p>
            {t('accessibility.feedback', { name: s.contactName, email: s.contactEmail })}{' '}
            <a href={`mailto:${s.contactEmail}`}>{s.contactEmail}</a>
          </p>
          {s.contactPhone && <p>{t('accessibility.phone', { phone: s.contactPhone })}</p>}
          <p>{t('accessibility.feedbackRequest')}</p>

          <h2 className="heading-m">{t('accessibility.procedureHeading')}</h2>
          <p>{t('accessibility.procedure1')}</p>
          <p>{t('accessibility.procedure2')}</p>
          <p>{t('accessibility.procedure3')}</p>
          <p>{t('accessibility.procedure4')}</p>
          <p>
            {t('accessibility.procedure5')} <a href={RPO_URL}>{t('accessibility.rpo')}</a>
          </p>

          <h2 className="heading-m">{t('accessibility.architectureHeading')}</h2>
          <p>{t('accessibility.architecture')}</p>

          <h2 className="heading-m">{t('accessibility.appsHeading')}</h2>
          <p>{t('accessibility.apps')}</p>
        </div>
      )}
    </>
  );
}
