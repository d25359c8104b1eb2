import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** GOV.UK warning text: an exclamation mark icon and bold text that must not be missed. */
export function WarningText({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="warning-text">
      <span className="warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="warning-text__text">
        <span className="visually-hidden">{t('common.warning')}</span> {children}
      </strong>
    </div>
  );
}
