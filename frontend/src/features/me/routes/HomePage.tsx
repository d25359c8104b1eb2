import { useTranslation } from 'react-i18next';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { useMe } from '@/shared/auth/me';
import { MyInstitution } from '../components/MyInstitution';
import { PermissionList } from '../components/PermissionList';
import { RoleList } from '../components/RoleList';

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  const me = useMe();
  const name = me.data?.displayName || me.data?.username;

  return (
    <>
      <PageHeading>{name ? t('home.greeting', { name }) : t('home.title')}</PageHeading>
      {me.isPending && <p role="status">{t('home.loading')}</p>}
      {me.isError && <ApiErrorMessage error={me.error} onRetry={() => void me.refetch()} />}
      {me.data && (
        <>
          <MyInstitution institution={me.data.institution} />
          <RoleList roles={me.data.roles} />
          <PermissionList permissions={me.data.permissions} />
        </>
      )}
    </>
  );
}
