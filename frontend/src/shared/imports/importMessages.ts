import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/shared/api/types';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/**
 * A problem of an import file (a row's ImportRowError, or an upload FieldError naming a
 * column) in the user's language: by code, with the column; the API's words when the code
 * has no translation.
 */
export function useImportMessage() {
  const { t, i18n } = useTranslation();
  const translate = t as unknown as LooseT;
  return (code: string, column: string | null | undefined, serverMessage: string): string => {
    const key = `imports.errorCode.${code}`;
    if (i18n.exists(key)) return translate(key, { column: column ?? '' });
    return column ? `${column}: ${serverMessage}` : serverMessage;
  };
}

export type ImportRowError = Schemas['ImportRowError'];
