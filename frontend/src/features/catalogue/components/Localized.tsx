import { useLanguage } from '@/shared/i18n/i18n';

/** Text in the current language when the catalogue has it, otherwise the Polish one marked as Polish. */
export function Localized({ pl, en }: { pl: string | null | undefined; en: string | null | undefined }) {
  const language = useLanguage();
  if (language === 'en' && en) return en;
  if (!pl) return null;
  return language === 'en' ? <span lang="pl">{pl}</span> : pl;
}

