import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { saveFile } from '@/shared/api/download';
import { cellText, isFigure, SUPPRESSED, type Cell } from '@/shared/format/cells';
import { csvDialect, csvFile, csvNumber, csvText } from '@/shared/format/csv';
import { useLanguage, type Language } from '@/shared/i18n/i18n';
import { Pagination } from './Pagination';
import { SortableHeader, type SortDirection } from './SortableHeader';
import './dataTable.css';

interface ColumnBase {
  /** unique within the table; the sort key */
  key: string;
  header: string;
}

/** A column of words (names, codes): sorted with Polish collation. */
export interface TextColumn<R> extends ColumnBase {
  kind: 'text';
  value: (row: R) => string;
  /** the column that names the row (`<th scope="row">`) */
  rowHeader?: boolean;
  /** where the text leads (a drill-down, the unit's page): written as a link */
  href?: (row: R) => string | undefined;
}

/** A column of figures: right-aligned, formatted for the language, suppressed cells say so. */
export interface NumberColumn<R> extends ColumnBase {
  kind: 'number';
  value: (row: R) => Cell;
  /** decimals shown and written to the CSV; default 0; per row where rows mix units */
  fractionDigits?: number | ((row: R) => number);
}

export type DataColumn<R> = TextColumn<R> | NumberColumn<R>;

export interface TableSort {
  key: string;
  direction: SortDirection;
}

export interface DataTableProps<R> {
  caption: ReactNode;
  columns: readonly DataColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  /** the order at first; without `onSortChange` the table keeps the order itself */
  defaultSort?: TableSort;
  /** a controlled order (e.g. kept in the URL) */
  sort?: TableSort;
  onSortChange?: (sort: TableSort) => void;
  /** the row marked as current (e.g. the area chosen on the map) */
  currentKey?: string;
  /** offers the rows (all of them, in the order shown) as a CSV file of this name */
  csvFileName?: string;
  /** shows one page of the sorted rows, with the shared pagination (links to `searchFor(page)`) */
  paging?: { page: number; pageSize: number; searchFor: (page: number) => string };
}

function digitsOf<R>(column: NumberColumn<R>, row: R): number {
  return typeof column.fractionDigits === 'function' ? column.fractionDigits(row) : (column.fractionDigits ?? 0);
}

const collators = new Map<Language, Intl.Collator>();

function collatorFor(language: Language): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(language === 'pl' ? 'pl' : 'en-GB', { sensitivity: 'base', numeric: true });
    collators.set(language, collator);
  }
  return collator;
}

/** Figures first (by value), then suppressed, then missing: in both directions, blanks stay last. */
function rankOf(cell: Cell): number {
  if (isFigure(cell)) return 0;
  return cell === SUPPRESSED ? 1 : 2;
}

/**
 * Sorts rows by a column: text with the language's collation (Polish: "Łomianki" after
 * "Lublin", before "Maków"), figures by value with suppressed and missing cells last; ties
 * keep the order by the row-header column, then the given order.
 */
export function sortRows<R>(rows: readonly R[], columns: readonly DataColumn<R>[], sort: TableSort | undefined, language: Language): R[] {
  const column = sort ? columns.find((c) => c.key === sort.key) : undefined;
  if (!column || !sort) return [...rows];
  const collator = collatorFor(language);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const header = columns.find((c): c is TextColumn<R> => c.kind === 'text' && Boolean(c.rowHeader));
  const tie = (a: R, b: R) => (header ? collator.compare(header.value(a), header.value(b)) : 0);
  return rows
    .map((row, index) => ({ row, index }))
    .toSorted((a, b) => {
      let order: number;
      if (column.kind === 'text') {
        order = sign * collator.compare(column.value(a.row), column.value(b.row));
      } else {
        const [x, y] = [column.value(a.row), column.value(b.row)];
        const [rankX, rankY] = [rankOf(x), rankOf(y)];
        order = rankX !== rankY ? rankX - rankY : isFigure(x) && isFigure(y) ? sign * (x - y) : 0;
      }
      return order || tie(a.row, b.row) || a.index - b.index;
    })
    .map(({ row }) => row);
}

/**
 * A sortable, accessible table of figures (and its CSV): a caption, `aria-sort` on the sorted
 * column, figures right-aligned in the user's number format, suppressed cells written as such
 * with the reason under the table. Rows are sorted in the browser: it is meant for the tables
 * of one area (a voivodeship's gminas: at most a few hundred rows).
 */
export function DataTable<R>({
  caption,
  columns,
  rows,
  rowKey,
  defaultSort,
  sort: controlledSort,
  onSortChange,
  currentKey,
  csvFileName,
  paging,
}: DataTableProps<R>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const captionId = useId();
  const noteId = useId();
  const [ownSort, setOwnSort] = useState(defaultSort);
  const sort = controlledSort ?? ownSort;

  const sorted = useMemo(() => sortRows(rows, columns, sort, language), [rows, columns, sort, language]);
  const totalPages = paging ? Math.max(1, Math.ceil(sorted.length / paging.pageSize)) : 1;
  const page = paging ? Math.min(Math.max(1, paging.page), totalPages) : 1;
  const shown = paging ? sorted.slice((page - 1) * paging.pageSize, page * paging.pageSize) : sorted;
  const hasSuppressed = columns.some((column) => column.kind === 'number' && rows.some((row) => column.value(row) === SUPPRESSED));

  const onSort = (key: string) => {
    const next: TableSort = {
      key,
      direction: sort?.key === key && sort.direction === 'ascending' ? 'descending' : 'ascending',
    };
    if (onSortChange) onSortChange(next);
    else setOwnSort(next);
  };

  const download = () => {
    if (!csvFileName) return;
    const dialect = csvDialect(language);
    const body = sorted.map((row) =>
      columns.map((column) => {
        if (column.kind === 'text') return csvText(column.value(row), dialect);
        const cell = column.value(row);
        if (cell === SUPPRESSED) return csvText(t('regionalViz.cell.suppressed'), dialect);
        return isFigure(cell) ? csvNumber(cell, digitsOf(column, row), dialect) : '';
      }),
    );
    const text = csvFile(columns.map((column) => column.header), body, dialect);
    saveFile(new Blob([text], { type: 'text/csv;charset=utf-8' }), csvFileName);
  };

  return (
    <div className="data-table">
      {/* on narrow screens the table scrolls inside this focusable region, not the whole page */}
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="table" aria-describedby={hasSuppressed ? noteId : undefined}>
          <caption id={captionId} className="table__caption table__caption--s">
            {caption}
          </caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <SortableHeader
                  key={column.key}
                  field={column.key}
                  label={column.header}
                  direction={sort?.key === column.key ? sort.direction : undefined}
                  onSort={onSort}
                  className={column.kind === 'number' ? 'table__header--numeric' : undefined}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 && (
              <tr>
                <td colSpan={columns.length}>{t('regionalViz.table.empty')}</td>
              </tr>
            )}
            {shown.map((row) => {
              const key = rowKey(row);
              return (
                <tr key={key} aria-current={key === currentKey ? 'true' : undefined} className={key === currentKey ? 'data-table__row--current' : undefined}>
                  {columns.map((column) => {
                    if (column.kind === 'text') {
                      const href = column.href?.(row);
                      const content = href ? <Link to={href}>{column.value(row)}</Link> : column.value(row);
                      return column.rowHeader ? (
                        <th key={column.key} scope="row">
                          {content}
                        </th>
                      ) : (
                        <td key={column.key}>{content}</td>
                      );
                    }
                    const cell = column.value(row);
                    const text = cellText(cell, digitsOf(column, row), language, t);
                    return (
                      <td key={column.key} className={`table__cell--numeric${isFigure(cell) ? '' : ' table__cell--blank'}`} data-cell={cell === SUPPRESSED ? 'suppressed' : isFigure(cell) ? 'figure' : 'missing'}>
                        {text}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {hasSuppressed && (
        <p className="data-table__note" id={noteId}>
          {t('regionalViz.suppressionNote')}
        </p>
      )}
      {paging && totalPages > 1 && <Pagination page={page} totalPages={totalPages} searchFor={paging.searchFor} />}
      {csvFileName && (
        <button type="button" className="button button--secondary" onClick={download}>
          {t('regionalViz.table.download')}
        </button>
      )}
    </div>
  );
}
