import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn, type TableSort } from '@/shared/components/DataTable';
import type { Cell } from '@/shared/format/cells';
import { ChoroplethMap, type ChoroplethMapProps } from './ChoroplethMap';
import { parentNames, unitFeatures, useTopology, type MapScope } from './topology';
import { unitNames } from './unitNames';

/** One unit's figure, as the regional API answers it. */
export interface IndicatorRow {
  /** TERYT code: 2, 4 or 7 digits */
  teryt: string;
  /** TERC name and type, for units the map does not draw (gminas created after the boundaries) */
  name: string;
  type?: string;
  cell: Cell;
}

/** The map's options (level, within, indicator, classes, selection, title) plus the data and the table's. */
export interface IndicatorMapPanelProps
  extends Pick<ChoroplethMapProps, 'level' | 'within' | 'indicator' | 'method' | 'classes' | 'breaks' | 'selected' | 'onSelect' | 'title'> {
  /** which geometry file: `pl` or the voivodeship's code */
  scope: MapScope;
  rows: readonly IndicatorRow[];
  csvFileName?: string;
  sort?: TableSort;
  onSortChange?: (sort: TableSort) => void;
  /** where a unit's name in the table leads (the same drill-down as choosing the area on the map) */
  rowHref?: (teryt: string) => string | undefined;
}

/**
 * A regional indicator as a choropleth and, under it, the sortable table of the very same
 * figures (the map's accessible equivalent, and its CSV). The map's geometry is fetched on
 * first use; the table does not wait for it, and stays when the map cannot be shown.
 */
export default function IndicatorMapPanel({
  scope,
  level,
  within,
  rows,
  indicator,
  method,
  classes,
  breaks,
  selected,
  onSelect,
  title,
  csvFileName,
  sort,
  onSortChange,
  rowHref,
}: IndicatorMapPanelProps) {
  const { t } = useTranslation();
  const topology = useTopology(scope);
  const shown = useMemo(() => (within ? rows.filter((row) => row.teryt.startsWith(within)) : rows), [rows, within]);
  const values = useMemo(() => new Map(shown.map((row) => [row.teryt, row.cell])), [shown]);

  // the map's names where it draws the unit (disambiguated by the parent), the same in the table
  const names = useMemo(() => {
    const drawn = topology.data ? unitFeatures(topology.data, level, within).map((unit) => unit.properties) : [];
    const drawnCodes = new Set(drawn.map((unit) => unit.teryt));
    const parents = topology.data ? parentNames(topology.data, level) : new Map<string, string>();
    return unitNames(t, [...drawn, ...shown.filter((row) => !drawnCodes.has(row.teryt))], parents);
  }, [topology.data, level, within, shown, t]);

  const columns = useMemo<DataColumn<IndicatorRow>[]>(
    () => [
      { kind: 'text', key: 'name', header: t('regionalViz.table.unit'), value: (row) => names.get(row.teryt) ?? row.name, rowHeader: true, href: rowHref && ((row) => rowHref(row.teryt)) },
      { kind: 'text', key: 'teryt', header: t('regionalViz.table.teryt'), value: (row) => row.teryt },
      {
        kind: 'number',
        key: 'value',
        header: `${indicator.label} (${indicator.unit})`,
        value: (row) => row.cell,
        fractionDigits: indicator.fractionDigits,
      },
    ],
    [t, names, indicator, rowHref],
  );

  return (
    <div className="indicator-map">
      {topology.isPending && (
        <p className="indicator-map__status" role="status">
          {t('regionalViz.map.loading')}
        </p>
      )}
      {topology.isError && (
        <p className="indicator-map__status" role="status">
          {t('regionalViz.map.loadFailed')}
        </p>
      )}
      {topology.data && (
        <ChoroplethMap
          topology={topology.data}
          level={level}
          within={within}
          values={values}
          indicator={indicator}
          method={method}
          classes={classes}
          breaks={breaks}
          selected={selected}
          onSelect={onSelect}
          title={title}
        />
      )}
      <DataTable
        caption={title}
        columns={columns}
        rows={shown}
        rowKey={(row) => row.teryt}
        defaultSort={{ key: 'name', direction: 'ascending' }}
        sort={sort}
        onSortChange={onSortChange}
        currentKey={selected}
        csvFileName={csvFileName}
      />
    </div>
  );
}
