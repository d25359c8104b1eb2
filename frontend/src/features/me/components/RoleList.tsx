import { useTranslation } from 'react-i18next';
import { useLabels } from '@/shared/i18n/labels';

export function RoleList({ roles }: { roles: string[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <section className="section" aria-labelledby="roles-heading">
      <h2 id="roles-heading" className="heading-m">
        {t('home.rolesHeading')}
      </h2>
      {roles.length > 0 ? (
        <ul className="tag-list">
          {roles.map((role) => (
            <li key={role} className="tag">
              {labels.role(role)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('home.noRoles')}</p>
      )}
    </section>
  );
}
