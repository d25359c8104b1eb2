import { useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cellPhrase, isFigure, SUPPRESSED, type Cell, type IndicatorFormat } from '@/shared/format/cells';
import { useLanguage } from '@/shared/i18n/i18n';
import { classBreaks, classOf, paletteFor, type ClassBreaks, type ClassMethod } from './classBreaks';
import { MapLegend, type LegendCounts } from './MapLegend';
import { directionOfKey } from './spatialNavigation';
import { layoutMap, MAP_WIDTH, type MapShape } from './mapLayout';
import { parentNames, type MapLevel, type RegionTopology } from './topology';
import { unitNames } from './unitNames';
import './map.css';

export interface ChoroplethMapProps {
  topology: RegionTopology;
  /** which areas to colour: `gminy`, `powiaty` or `wojewodztwa` of the topology */
  level: MapLevel;
  /** only the areas whose TERYT code starts with this (the gminas of one powiat); the map fits them */
  within?: string;
  /** the figure of each area by TERYT code; an area without an entry has no data */
  values: ReadonlyMap<string, Cell>;
  indicator: IndicatorFormat;
  method?: ClassMethod;
  classes?: number;
  /**
   * classes fixed by the page (e.g. the same for every year shown); by default computed from
   * the figures drawn with `method` and `classes`
   */
  breaks?: ClassBreaks | null;
  /** the TERYT code of the chosen area (outlined, `aria-current`) */
  selected?: string;
  /** called with the TERYT code when an area is clicked or chosen with Enter/Space (drilling down) */
  onSelect?: (teryt: string) => void;
  /** the map's name (the SVG title), e.g. "Miejsca w CIS i KIS w gminach województwa mazowieckiego" */
  title: string;
}

interface Area extends MapShape {
  name: string;
  cell: Cell | undefined;
}

function fillOf(cell: Cell | undefined, breaks: ClassBreaks | null, palette: readonly string[], patternId: string): string {
  if (cell === SUPPRESSED) return `url(#${patternId}-suppressed)`;
  if (!isFigure(cell) || !breaks) return `url(#${patternId}-missing)`;
  return palette[classOf(cell, breaks)]!;
}

function isKeyboardFocus(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

/**
 * A choropleth of TERYT units drawn as SVG from the shipped TopoJSON (no tiles, works offline).
 * Every area is reachable with the keyboard (one tab stop, arrow keys move to the neighbouring
 * area in that direction), named with its figure ("Legionowo, gmina miejska: 12,3 miejsca na
 * 10 tys. mieszkańców"), and shows a tooltip on hover and focus. Suppressed areas and areas
 * without data are hatched and dotted, not only coloured, and the legend says so.
 */
export function ChoroplethMap({
  topology,
  level,
  within,
  values,
  indicator,
  method = 'quantile',
  classes = 5,
  breaks: givenBreaks,
  selected,
  onSelect,
  title,
}: ChoroplethMapProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const patternId = `choropleth-${uid}`;
  const titleId = `${patternId}-title`;
  const descriptionId = `${patternId}-description`;
  const hintId = `${patternId}-hint`;
  const elements = useRef(new Map<string, SVGPathElement>());
  const [focused, setFocused] = useState<{ id: string; visible: boolean }>();
  const [hovered, setHovered] = useState<{ id: string; x: number; y: number }>();
  const [tooltipDismissed, setTooltipDismissed] = useState(false);

  const geometry = useMemo(() => layoutMap(topology, level, within), [topology, level, within]);

  const names = useMemo(
    () => unitNames(t, geometry.units.map((unit) => unit.properties), parentNames(topology, level)),
    [t, geometry.units, topology, level],
  );

  const breaks = useMemo(
    () =>
      givenBreaks !== undefined
        ? givenBreaks
        : classBreaks(geometry.shapes.map((shape) => values.get(shape.id)).filter(isFigure), classes, method),
    [givenBreaks, geometry.shapes, values, classes, method],
  );
  const palette = paletteFor(breaks?.upper.length ?? 1);

  const areas: Area[] = geometry.shapes.map((shape) => ({ ...shape, name: names.get(shape.id) ?? shape.id, cell: values.get(shape.id) }));
  const byId = new Map(areas.map((area) => [area.id, area]));
  const counts: LegendCounts = { classes: (breaks?.upper ?? []).map(() => 0), suppressed: 0, missing: 0 };
  for (const area of areas) {
    if (area.cell === SUPPRESSED) counts.suppressed++;
    else if (!isFigure(area.cell) || !breaks) counts.missing++;
    else counts.classes[classOf(area.cell, breaks)]!++;
  }

  // roving tab stop: the focused area, else the chosen one, else the first
  const tabStop = focused?.id ?? (selected && byId.has(selected) ? selected : areas[0]?.id);
  const labelOf = (area: Area) => t('regionalViz.map.area', { unit: area.name, value: cellPhrase(area.cell, indicator, language, t) });

  const moveTo = (id: string | undefined) => {
    if (!id) return;
    elements.current.get(id)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const id = (event.target as Element).getAttribute('data-teryt');
    const current = id ? byId.get(id) : undefined;
    if (!current) return;
    const direction = directionOfKey(event.key);
    if (direction) {
      event.preventDefault();
      moveTo(geometry.navigation.get(current.id)?.[direction]);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      moveTo(event.key === 'Home' ? areas[0]?.id : areas.at(-1)?.id);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect?.(current.id);
    } else if (event.key === 'Escape') {
      setTooltipDismissed(true);
    }
  };

  const onMouseMove = (event: MouseEvent<SVGPathElement>, id: string) => {
    const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect();
    if (!box || box.width === 0) {
      setHovered({ id, x: byId.get(id)!.x, y: byId.get(id)!.y });
      return;
    }
    setHovered({ id, x: ((event.clientX - box.left) / box.width) * MAP_WIDTH, y: ((event.clientY - box.top) / box.height) * geometry.height });
  };

  const tooltipArea = tooltipDismissed ? undefined : hovered ? byId.get(hovered.id) : focused ? byId.get(focused.id) : undefined;
  const tooltipAt = hovered ?? tooltipArea;
  const selectedArea = selected ? byId.get(selected) : undefined;
  const focusedArea = focused?.visible ? byId.get(focused.id) : undefined;
  const unitCount = t(`regionalViz.unitCount.${level}`, { count: areas.length });

  return (
    <div className="choropleth">
      <div className="choropleth__canvas">
        <svg
          className="choropleth__svg"
          viewBox={`0 0 ${MAP_WIDTH} ${geometry.height}`}
          role="group"
          aria-labelledby={titleId}
          aria-describedby={`${descriptionId} ${hintId}`}
        >
          <title id={titleId}>{title}</title>
          <desc id={descriptionId}>
            {t('regionalViz.map.description', { indicator: indicator.label, unit: indicator.unit, units: unitCount })}
          </desc>
          <MapPatterns id={patternId} />
          {/* oxlint-disable-next-line jsx-a11y/no-static-element-interactions -- keys of the focused area, delegated */}
          <g className="choropleth__areas" onKeyDown={onKeyDown}>
            {areas.map((area) => (
              <path
                key={area.id}
                ref={(element) => {
                  if (element) elements.current.set(area.id, element);
                  else elements.current.delete(area.id);
                }}
                className="choropleth__area"
                d={area.d}
                fill={fillOf(area.cell, breaks, palette, patternId)}
                data-teryt={area.id}
                role={onSelect ? 'button' : 'img'}
                tabIndex={area.id === tabStop ? 0 : -1}
                aria-label={labelOf(area)}
                aria-current={area.id === selected ? 'true' : undefined}
                onClick={onSelect ? () => onSelect(area.id) : undefined}
                onFocus={(event) => {
                  setFocused({ id: area.id, visible: isKeyboardFocus(event.currentTarget) });
                  setTooltipDismissed(false);
                }}
                onBlur={() => setFocused((current) => (current?.id === area.id ? undefined : current))}
                onMouseMove={(event) => onMouseMove(event, area.id)}
                onMouseEnter={() => setTooltipDismissed(false)}
                onMouseLeave={() => setHovered((current) => (current?.id === area.id ? undefined : current))}
              />
            ))}
          </g>
          {geometry.borders && <path className="choropleth__borders" d={geometry.borders} aria-hidden="true" />}
          {selectedArea && <path className="choropleth__selected" d={selectedArea.d} aria-hidden="true" />}
          {focusedArea && (
            <g aria-hidden="true">
              <path className="choropleth__focus-halo" d={focusedArea.d} />
              <path className="choropleth__focus-line" d={focusedArea.d} />
            </g>
          )}
        </svg>
        {tooltipArea && tooltipAt && (
          // the area's accessible name already says all this: the tooltip is for the eyes only
          <div
            className="choropleth__tooltip"
            aria-hidden="true"
            style={{ left: `${(tooltipAt.x / MAP_WIDTH) * 100}%`, top: `${(tooltipAt.y / geometry.height) * 100}%` }}
          >
            <strong>{tooltipArea.name}</strong>
            <br />
            {cellPhrase(tooltipArea.cell, indicator, language, t)}
          </div>
        )}
      </div>
      <p className="choropleth__hint" id={hintId}>
        {t('regionalViz.map.hint')}
      </p>
      <MapLegend indicator={indicator} level={level} breaks={breaks} palette={palette} counts={counts} patternId={patternId} />
    </div>
  );
}

/** Hatching for suppressed areas and dots for areas without data: told apart without colour. */
export function MapPatterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-suppressed`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" fill="#ffffff" />
        <line x1="0" y1="0" x2="0" y2="8" stroke="#505a5f" strokeWidth="3" />
      </pattern>
      <pattern id={`${id}-missing`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#f3f2f1" />
        <circle cx="3" cy="3" r="1.2" fill="#505a5f" />
      </pattern>
    </defs>
  );
}
