import { useGmina } from './api/getGmina';

/**
 * A gmina by its name, never by its TERYT code: the code stays only while the name loads (or if the
 * territory cannot be read), so a person never has to know that 1408011 is Legionowo.
 */
export function GminaName({ teryt }: { teryt: string }) {
  const gmina = useGmina(teryt);
  return gmina.data ? gmina.data.name : teryt;
}
