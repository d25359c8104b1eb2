import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** "gmina Legionowo", "powiat legionowski", "województwo mazowieckie" by the length of the TERYT code. */
export function useUnitLabel() {
  const { t } = useTranslation();
  return useCallback(
    (teryt: string, name: string): string => {
      if (teryt.length === 2) return t('regional.unit.voivodeship', { name });
      if (teryt.length === 4) return t('regional.unit.powiat', { name });
      return t('regional.unit.gmina', { name });
    },
    [t],
  );
}
