import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `<title>` to "<page> – Synergia" while the calling page is shown. */
export function useDocumentTitle(pageTitle: string | undefined): void {
  const { t } = useTranslation();
  const suffix = t('app.titleSuffix');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} – ${suffix}` : suffix;
  }, [pageTitle, suffix]);
}
