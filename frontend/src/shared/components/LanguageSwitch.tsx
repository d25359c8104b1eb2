import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES, currentLanguage } from '@/shared/i18n/i18n';

/** Two toggle buttons; the choice is persisted in localStorage and sets `<html lang>`. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {SUPPORTED_LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="language-switch__button"
          aria-pressed={active === lng}
          onClick={() => void i18n.changeLanguage(lng)}
        >
          {t(`language.${lng}`)}
        </button>
      ))}
    </div>
  );
}
