import { useTranslation } from 'react-i18next';
import { useLabels } from '@/shared/i18n/labels';
import type { Permission } from '@/shared/auth/me';

export function PermissionList({ permissions }: { permissions: Permission[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <section className="section" aria-labelledby="permissions-heading">
      <h2 id="permissions-heading" className="heading-m">
        {t('home.permissionsHeading')}
      </h2>
      {permissions.length > 0 ? (
        <ul className="list list--bullet">
          {permissions.map((permission) => (
            <li key={permission}>{labels.permission(permission)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('home.noPermissions')}</p>
      )}
    </section>
  );
}
