import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { links } from '@/shared/routes/links';
import { NeedImportJob } from '../components/NeedImportJob';
import { RegionalAccess } from '../components/RegionalAccess';

/** One need import of the history: its progress while it runs, then its result. */
export function NeedImportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  useDocumentTitle(t('regional.imports.job.title'));
  return (
    <>
      <Link className="back-link" to={links.regionalImports()}>
        {t('regional.imports.job.back')}
      </Link>
      <PageHeading>{t('regional.imports.job.title')}</PageHeading>
      <RegionalAccess>{() => <NeedImportJob id={id} />}</RegionalAccess>
    </>
  );
}
