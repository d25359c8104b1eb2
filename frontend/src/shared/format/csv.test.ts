import { describe, expect, it } from 'vitest';
import { BOM, csvDialect, csvFile, csvNumber, csvQuote, csvText } from './csv';

const polish = csvDialect('pl');
const english = csvDialect('en');

describe('CSV for spreadsheets', () => {
  it('writes numbers as a spreadsheet of the language reads them', () => {
    expect([12.345, -0.25, 1234567.8, 0].map((value) => csvNumber(value, 1, polish))).toEqual(['12,3', '-0,3', '1234567,8', '0,0']);
    expect([12.345, 1234567.8].map((value) => csvNumber(value, 2, english))).toEqual(['12.35', '1234567.80']);
    expect(csvNumber(7, 0, polish)).toBe('7');
  });

  it('quotes fields holding the separator, a quote or a line break', () => {
    expect(csvQuote('Łochów; gmina', polish)).toBe('"Łochów; gmina"');
    expect(csvQuote('Łochów, gmina', polish)).toBe('Łochów, gmina');
    expect(csvQuote('Łochów, gmina', english)).toBe('"Łochów, gmina"');
    expect(csvQuote('powiedział "tak"', polish)).toBe('"powiedział ""tak"""');
    expect(csvQuote('dwa\nwiersze', polish)).toBe('"dwa\nwiersze"');
  });

  it('never lets a text field start a formula', () => {
    expect(['=1+1', '+48 22', '-x', '@SUM(A1)', '\tx', 'Legionowo'].map((value) => csvText(value, polish))).toEqual([
      "'=1+1",
      "'+48 22",
      "'-x",
      "'@SUM(A1)",
      "'\tx",
      'Legionowo',
    ]);
  });

  it('starts with a BOM and ends every line with CRLF', () => {
    expect(csvFile(['Jednostka', 'Wartość'], [['Legionowo', '12,3']], polish)).toBe(`${BOM}Jednostka;Wartość\r\nLegionowo;12,3\r\n`);
  });
});
