import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cellText, SUPPRESSED, type Cell } from '@/shared/format/cells';
import { useLanguage } from '@/shared/i18n/i18n';
import './charts.css';

export interface ChartTableData {
  /** heading of the first column: "Okres", "Jednostka" */
  rowHeader: string;
  columns: readonly { key: string; header: string }[];
  rows: readonly { key: string; header: string; cells: readonly Cell[] }[];
  fractionDigits?: number;
}

interface ChartFrameProps {
  title: string;
  /** makes the chart's node; the chart is redrawn when this function changes (memoise it) */
  draw: () => SVGSVGElement | HTMLElement;
  table: ChartTableData;
  children?: ReactNode;
}

/**
 * A chart and the table of its numbers, always rendered together. The drawing is hidden from
 * assistive technology (its numbers would be read as loose labels); the table is the
 * accessible equivalent: always in the page, visually hidden until "show the data" is pressed.
 */
export function ChartFrame({ title, draw, table, children }: ChartFrameProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const canvas = useRef<HTMLDivElement>(null);
  const tableId = useId();
  const titleId = useId();
  const [tableShown, setTableShown] = useState(false);
  useEffect(() => {
    const node = draw();
    canvas.current?.replaceChildren(node);
    return () => node.remove();
  }, [draw]);

  const hasSuppressed = table.rows.some((row) => row.cells.includes(SUPPRESSED));

  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption className="chart__title" id={titleId}>
        {title}
      </figcaption>
      <div className="chart__canvas" ref={canvas} aria-hidden="true" />
      {children}
      <button
        type="button"
        className="button button--secondary chart__toggle"
        aria-expanded={tableShown}
        aria-controls={tableId}
        onClick={() => setTableShown((shown) => !shown)}
      >
        {tableShown ? t('regionalViz.chart.hideTable') : t('regionalViz.chart.showTable')}
      </button>
      <div id={tableId} className={tableShown ? 'chart__table' : 'chart__table visually-hidden'}>
        <table className="table table--compact">
          <caption className="table__caption table__caption--s">{t('regionalViz.chart.tableCaption', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{table.rowHeader}</th>
              {table.columns.map((column) => (
                <th key={column.key} scope="col" className="table__header--numeric">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.header}</th>
                {row.cells.map((cell, index) => (
                  <td key={table.columns[index]?.key ?? index} className="table__cell--numeric">
                    {cellText(cell, table.fractionDigits, language, t)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {hasSuppressed && <p className="chart__note">{t('regionalViz.suppressionNote')}</p>}
      </div>
    </figure>
  );
}
