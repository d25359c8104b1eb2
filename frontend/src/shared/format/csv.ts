import type { Language } from '@/shared/i18n/i18n';

/**
 * CSV for spreadsheets, written in the browser (a table the user sees, downloaded as it is).
 * UTF-8 with a BOM (Excel reads UTF-8 only with one) and CRLF line ends (RFC 4180). The
 * separator and the decimal mark follow the language, as a spreadsheet of that locale expects
 * on a double click: Polish `;` with a decimal comma (`12,3`), English `,` with a point (`12.3`).
 */
export interface CsvDialect {
  separator: ';' | ',';
  decimal: ',' | '.';
}

export const BOM = '\uFEFF';

export function csvDialect(language: Language): CsvDialect {
  return language === 'pl' ? { separator: ';', decimal: ',' } : { separator: ',', decimal: '.' };
}

/** A number as a spreadsheet reads it: no grouping, the dialect's decimal mark, fixed decimals. */
export function csvNumber(value: number, fractionDigits: number, dialect: CsvDialect): string {
  const fixed = value.toFixed(fractionDigits);
  return dialect.decimal === ',' ? fixed.replace('.', ',') : fixed;
}

// a text field a spreadsheet would run as a formula (CSV injection): kept as text with a leading '
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text field, quoted when it must be, never read as a formula. */
export function csvText(value: string, dialect: CsvDialect): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return csvQuote(text, dialect);
}

/** Quotes a field holding the separator, a quote or a line break (RFC 4180). */
export function csvQuote(field: string, dialect: CsvDialect): string {
  return field.includes(dialect.separator) || /["\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** The whole file: BOM, header, rows; fields already written with csvText/csvNumber. */
export function csvFile(header: readonly string[], rows: readonly (readonly string[])[], dialect: CsvDialect): string {
  const lines = [header.map((field) => csvText(field, dialect)), ...rows].map((fields) => fields.join(dialect.separator));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
