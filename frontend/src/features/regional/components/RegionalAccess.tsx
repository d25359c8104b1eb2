import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useMe, type Me } from '@/shared/auth/me';

/** Renders the page for a caller with the regional figures (`REGIONAL_READ`), otherwise says why not. */
export function RegionalAccess({ children }: { children: (me: Me) => ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) {
    return (
      <p role="status" className="visually-hidden">
        {t('regional.loading')}
      </p>
    );
  }
  if (!me.data || !hasPermission(me.data, 'REGIONAL_READ')) {
    return (
      <div className="inset-text">
        <p>{t('regional.forbidden')}</p>
      </div>
    );
  }
  return <>{children(me.data)}</>;
}

/** The voivodeship of the caller's institution; an administrator without one starts with Mazowieckie. */
export function homeVoivodeship(me: Me): string {
  return me.gmina?.teryt.slice(0, 2) ?? '14';
}
