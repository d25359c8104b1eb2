import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { links } from '@/shared/routes/links';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={links.home()}>{t('notFound.home')}</Link>
      </p>
    </>
  );
}
