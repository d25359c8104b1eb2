import type { TFunction } from 'i18next';
import type { UnitProperties } from './topology';

// TERC's NAZWA_DOD of gminas and powiats → the wording of the unit's name
const TYPE_KEYS = {
  'gmina miejska': 'urbanGmina',
  'gmina wiejska': 'ruralGmina',
  'gmina miejsko-wiejska': 'urbanRuralGmina',
  'gmina miejska, miasto stołeczne': 'capitalGmina',
  powiat: 'powiat',
  'miasto na prawach powiatu': 'cityPowiat',
  'miasto stołeczne, na prawach powiatu': 'capitalPowiat',
} as const;

function isKnownType(type: string | undefined): type is keyof typeof TYPE_KEYS {
  return type !== undefined && Object.hasOwn(TYPE_KEYS, type);
}

/**
 * How a unit is named for people: "Legionowo, gmina miejska", "powiat legionowski",
 * "Radom, miasto na prawach powiatu", "województwo mazowieckie". The level follows from the
 * length of the TERYT code (2, 4 or 7 digits).
 */
export function unitName(t: TFunction, unit: UnitProperties): string {
  if (unit.teryt.length === 2) return t('regionalViz.unitName.voivodeship', { name: unit.name });
  if (isKnownType(unit.type)) return t(`regionalViz.unitName.${TYPE_KEYS[unit.type]}`, { name: unit.name });
  return unit.type ? `${unit.name}, ${unit.type}` : unit.name;
}

/**
 * Names of a set of units shown together, by TERYT code. Where two units would read the same
 * (two rural gminas "Radzanów" in Mazowieckie, two "powiat bielski" in Poland), the parent is
 * added: "Radzanów, gmina wiejska (powiat białobrzeski)".
 */
export function unitNames(
  t: TFunction,
  units: readonly UnitProperties[],
  parentNames: ReadonlyMap<string, string> = new Map(),
): Map<string, string> {
  const plain = new Map(units.map((unit) => [unit.teryt, unitName(t, unit)]));
  const uses = new Map<string, number>();
  for (const name of plain.values()) uses.set(name, (uses.get(name) ?? 0) + 1);
  return new Map(
    units.map((unit) => {
      const name = plain.get(unit.teryt)!;
      if ((uses.get(name) ?? 0) < 2) return [unit.teryt, name];
      const parentCode = unit.teryt.length === 7 ? unit.teryt.slice(0, 4) : unit.teryt.slice(0, 2);
      const parent = parentNames.get(parentCode);
      if (!parent) return [unit.teryt, name];
      const key = unit.teryt.length === 7 ? 'regionalViz.unitName.inPowiat' : 'regionalViz.unitName.inVoivodeship';
      return [unit.teryt, t(key, { unit: name, parent })];
    }),
  );
}
