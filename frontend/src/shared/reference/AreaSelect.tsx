import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, describedBy } from '@/shared/forms/fields';
import { useGminas } from './api/listGminas';
import { usePowiats } from './api/listPowiats';
import { useVoivodeships, type TerritoryUnit } from './api/listVoivodeships';

/** The parts of a TERYT prefix: voivodeship (2 digits), powiat (4), gmina (7). */
export function splitTeryt(value: string): { voivodeship: string; powiat: string; gmina: string } {
  return {
    voivodeship: value.length >= 2 ? value.slice(0, 2) : '',
    powiat: value.length >= 4 ? value.slice(0, 4) : '',
    gmina: value.length === 7 ? value : '',
  };
}

export function isTerytPrefix(value: string): boolean {
  return /^(\d{2}|\d{4}|\d{7})$/.test(value);
}

interface AreaSelectProps {
  /** ids of the selects: `${id}-voivodeship`, `${id}-powiat`, `${id}-gmina` */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** a TERYT prefix: '' (all of Poland), 2, 4 or 7 digits */
  value: string;
  onChange: (value: string) => void;
  /** 'any': every level is a valid choice (search); 'gmina': a gmina must be chosen (forms) */
  level?: 'any' | 'gmina';
}

function unitLabel(unit: TerritoryUnit, plainType: string): string {
  // TERYT names repeat (gmina miejska and gmina wiejska Legionowo …): the type tells them apart
  return unit.type && unit.type !== plainType ? `${unit.name} (${unit.type})` : unit.name;
}

/**
 * Cascading choice of an area from the TERYT register: voivodeship → powiat → gmina, each
 * list fetched when its parent is chosen. Controlled by a TERYT prefix.
 */
export function AreaSelect({ id, legend, hint, error, value, onChange, level = 'any' }: AreaSelectProps) {
  const { t } = useTranslation();
  const { voivodeship, powiat, gmina } = splitTeryt(value);
  const voivodeships = useVoivodeships();
  const powiats = usePowiats(voivodeship);
  const gminas = useGminas(powiat);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  // the hint and the error describe the fieldset, announced when entering the group
  const controlProps = error ? { 'aria-invalid': true as const } : {};
  const emptyLabel = level === 'any' ? t('area.all') : t('area.choose');
  const loadFailed = voivodeships.isError || powiats.isError || gminas.isError;

  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" id={id} aria-describedby={describedBy(hintId, errorId)}>
        <legend className="fieldset__legend fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={hintId} className="hint">
            {hint}
          </div>
        )}
        {error && <ErrorMessage id={errorId!}>{error}</ErrorMessage>}
        <div className="area-select">
          <div className="area-select__item">
            <label className="label" htmlFor={`${id}-voivodeship`}>
              {t('area.voivodeship')}
            </label>
            <select
              id={`${id}-voivodeship`}
              className={`select${error ? ' input--error' : ''}`}
              value={voivodeship}
              onChange={(event) => onChange(event.target.value)}
              {...controlProps}
            >
              <option value="">{voivodeships.isPending ? t('area.loading') : emptyLabel}</option>
              {voivodeships.data?.map((unit) => (
                <option key={unit.code} value={unit.code}>
                  {unit.name}
                </option>
              ))}
            </select>
          </div>
          {voivodeship && (
            <div className="area-select__item">
              <label className="label" htmlFor={`${id}-powiat`}>
                {t('area.powiat')}
              </label>
              <select
                id={`${id}-powiat`}
                className={`select${error && !powiat ? ' input--error' : ''}`}
                value={powiat}
                onChange={(event) => onChange(event.target.value || voivodeship)}
                {...controlProps}
              >
                <option value="">{powiats.isPending ? t('area.loading') : emptyLabel}</option>
                {powiats.data?.map((unit) => (
                  <option key={unit.code} value={unit.code}>
                    {unitLabel(unit, 'powiat')}
                  </option>
                ))}
              </select>
            </div>
          )}
          {powiat && (
            <div className="area-select__item">
              <label className="label" htmlFor={`${id}-gmina`}>
                {t('area.gmina')}
              </label>
              <select
                id={`${id}-gmina`}
                className={`select${error && !gmina ? ' input--error' : ''}`}
                value={gmina}
                onChange={(event) => onChange(event.target.value || powiat)}
                {...controlProps}
              >
                <option value="">{gminas.isPending ? t('area.loading') : emptyLabel}</option>
                {gminas.data?.map((unit) => (
                  <option key={unit.code} value={unit.code}>
                    {unitLabel(unit, '')}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        {loadFailed && (
          <p className="error-message" role="alert">
            {t('area.loadFailed')}
          </p>
        )}
      </fieldset>
    </div>
  );
}

/** Id of the select an error summary should move to: the first one still to choose. */
export function areaSelectTargetId(id: string, value: string): string {
  const { voivodeship, powiat } = splitTeryt(value);
  if (!voivodeship) return `${id}-voivodeship`;
  if (!powiat) return `${id}-powiat`;
  return `${id}-gmina`;
}
