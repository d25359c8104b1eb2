import { describe, expect, it } from 'vitest';
import { i18n } from '@/shared/i18n/i18n';
import { unitName, unitNames } from './unitNames';

describe('unit names', () => {
  const pl = i18n.getFixedT('pl');
  const en = i18n.getFixedT('en');

  it.each([
    [{ teryt: '1408011', name: 'Legionowo', type: 'gmina miejska' }, 'Legionowo, gmina miejska', 'Legionowo, urban gmina'],
    [{ teryt: '1408022', name: 'Jabłonna', type: 'gmina wiejska' }, 'Jabłonna, gmina wiejska', 'Jabłonna, rural gmina'],
    [{ teryt: '1408043', name: 'Serock', type: 'gmina miejsko-wiejska' }, 'Serock, gmina miejsko-wiejska', 'Serock, urban-rural gmina'],
    [{ teryt: '1465011', name: 'Warszawa', type: 'gmina miejska, miasto stołeczne' }, 'Warszawa, gmina miejska, miasto stołeczne', 'Warszawa, urban gmina, capital city'],
    [{ teryt: '1408', name: 'legionowski', type: 'powiat' }, 'powiat legionowski', 'powiat legionowski'],
    [{ teryt: '1463', name: 'Radom', type: 'miasto na prawach powiatu' }, 'Radom, miasto na prawach powiatu', 'Radom, city with powiat status'],
    [{ teryt: '1465', name: 'Warszawa', type: 'miasto stołeczne, na prawach powiatu' }, 'Warszawa, miasto stołeczne na prawach powiatu', 'Warszawa, capital city with powiat status'],
    [{ teryt: '14', name: 'mazowieckie' }, 'województwo mazowieckie', 'mazowieckie voivodeship'],
    [{ teryt: '1499999', name: 'Nowa', type: 'gmina inna' }, 'Nowa, gmina inna', 'Nowa, gmina inna'],
  ])('%o', (unit, polish, english) => {
    expect(unitName(pl, unit)).toBe(polish);
    expect(unitName(en, unit)).toBe(english);
  });

  it('adds the parent only where two names would read the same', () => {
    const names = unitNames(
      pl,
      [
        { teryt: '1401032', name: 'Radzanów', type: 'gmina wiejska' },
        { teryt: '1413042', name: 'Radzanów', type: 'gmina wiejska' },
        { teryt: '1401011', name: 'Białobrzegi', type: 'gmina miejsko-wiejska' },
        { teryt: '0261', name: 'Jelenia Góra', type: 'miasto na prawach powiatu' },
      ],
      new Map([
        ['1401', 'białobrzeski'],
        ['1413', 'mławski'],
      ]),
    );
    expect([...names.values()]).toEqual([
      'Radzanów, gmina wiejska (powiat białobrzeski)',
      'Radzanów, gmina wiejska (powiat mławski)',
      'Białobrzegi, gmina miejsko-wiejska',
      'Jelenia Góra, miasto na prawach powiatu',
    ]);
    const powiats = unitNames(
      pl,
      [
        { teryt: '2402', name: 'bielski', type: 'powiat' },
        { teryt: '2003', name: 'bielski', type: 'powiat' },
      ],
      new Map([
        ['24', 'śląskie'],
        ['20', 'podlaskie'],
      ]),
    );
    expect([...powiats.values()]).toEqual(['powiat bielski (województwo śląskie)', 'powiat bielski (województwo podlaskie)']);
  });
});

describe('counts of units, with Polish plurals', () => {
  const pl = i18n.getFixedT('pl');
  const en = i18n.getFixedT('en');

  it.each([
    [1, '1 gmina', '1 powiat', '1 województwo'],
    [2, '2 gminy', '2 powiaty', '2 województwa'],
    [4, '4 gminy', '4 powiaty', '4 województwa'],
    [5, '5 gmin', '5 powiatów', '5 województw'],
    [12, '12 gmin', '12 powiatów', '12 województw'],
    [16, '16 gmin', '16 powiatów', '16 województw'],
    [22, '22 gminy', '22 powiaty', '22 województwa'],
    [0, '0 gmin', '0 powiatów', '0 województw'],
    [314, '314 gmin', '314 powiatów', '314 województw'],
  ])('%i', (count, gminy, powiaty, wojewodztwa) => {
    expect(pl('regionalViz.unitCount.gminy', { count })).toBe(gminy);
    expect(pl('regionalViz.unitCount.powiaty', { count })).toBe(powiaty);
    expect(pl('regionalViz.unitCount.wojewodztwa', { count })).toBe(wojewodztwa);
  });

  it('in English', () => {
    expect([1, 2].map((count) => en('regionalViz.unitCount.gminy', { count }))).toEqual(['1 gmina', '2 gminas']);
    expect([1, 380].map((count) => en('regionalViz.unitCount.powiaty', { count }))).toEqual(['1 powiat', '380 powiats']);
    expect(en('regionalViz.unitCount.wojewodztwa', { count: 16 })).toBe('16 voivodeships');
  });
});
