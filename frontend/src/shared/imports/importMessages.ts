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
    // a format error of a column with a known format says the format in words, never the pattern
    const formatKey = `importFormat.${column ?? ''}`;
    if (code === 'Pattern' && column && i18n.exists(formatKey)) return translate('importFormat.message', { column, format: translate(formatKey) });
    const key = `imports.errorCode.${code}`;
    if (i18n.exists(key)) return translate(key, { column: column ?? '' });
    const extra = `importErrorCode.${code}`;
    if (i18n.exists(extra)) return translate(extra, { column: column ?? '' });
    return column ? `${column}: ${serverMessage}` : serverMessage;
  };
}

/** Whether the SPA words this code itself (then the API's English message is not shown). */
export function useKnownImportCode() {
  const { i18n } = useTranslation();
  return (code: string): boolean => i18n.exists(`imports.errorCode.${code}`) || i18n.exists(`importErrorCode.${code}`);
}

export type ImportRowError = Schemas['ImportRowError'];
