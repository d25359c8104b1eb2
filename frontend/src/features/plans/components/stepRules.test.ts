import { describe, expect, it } from 'vitest';
import { PUP_ID, services } from '@/test/fixtures';
import { planJan } from '@/test/planFixtures';
import type { PlanStep } from '../model';
import { duplicateSteps, servicesForStep } from './stepRules';

const internship: PlanStep = {
  ...planJan.steps[1]!,
  owner: { id: PUP_ID, name: 'PUP', type: 'PUP' },
  service: { code: 'PUP_INTERNSHIP_2025', kind: 'INTERNSHIP', namePl: 'Staż (2025)', nameEn: 'Internship' },
  plannedStart: '2025-07-01',
  plannedEnd: '2025-09-30',
  status: 'PLANNED',
};
const candidate = { serviceCode: 'PUP_INTERNSHIP_2025', ownerInstitutionId: PUP_ID, plannedStart: '2025-09-30', plannedEnd: null };

describe('servicesForStep', () => {
  it('keeps the owner type’s services in force on the planned start, never historical ones', () => {
    expect(servicesForStep(services, 'PUP', '2025-05-31').map((service) => service.code)).toEqual(['PUP_INTERNSHIP_2004']);
    expect(servicesForStep(services, 'PUP', '2025-06-01').map((service) => service.code)).toEqual(['PUP_INTERNSHIP_2025']);
    expect(servicesForStep(services, 'PUP', '2019-01-01').map((service) => service.code)).toEqual(['PUP_INTERNSHIP_2004']);
    expect(servicesForStep(services, 'KIS', '2025-06-01').map((service) => service.code)).toEqual(['KIS_COUNSELLING']);
    expect(servicesForStep(services, 'OPS', '2025-06-01')).toEqual([]);
  });
});

describe('duplicateSteps', () => {
  it('finds a step with the same service and owner whose dates overlap, an open end running on', () => {
    expect(duplicateSteps([internship], candidate)).toEqual([internship]);
    expect(duplicateSteps([{ ...internship, plannedEnd: null }], { ...candidate, plannedStart: '2030-01-01' })).toHaveLength(1);
  });

  it('ignores other services, other owners, dates apart, free actions and cancelled or abandoned steps', () => {
    expect(duplicateSteps([internship], { ...candidate, plannedStart: '2025-10-01' })).toEqual([]);
    expect(duplicateSteps([internship], { ...candidate, plannedStart: '2025-01-01', plannedEnd: '2025-06-30' })).toEqual([]);
    expect(duplicateSteps([internship], { ...candidate, serviceCode: 'PUP_INTERNSHIP_2004' })).toEqual([]);
    expect(duplicateSteps([internship], { ...candidate, ownerInstitutionId: 'other' })).toEqual([]);
    expect(duplicateSteps([internship], { ...candidate, serviceCode: null })).toEqual([]);
    expect(duplicateSteps([{ ...internship, status: 'CANCELLED' }], candidate)).toEqual([]);
    expect(duplicateSteps([{ ...internship, status: 'ABANDONED' }], candidate)).toEqual([]);
    expect(duplicateSteps([{ ...internship, status: 'DONE' }], candidate)).toHaveLength(1);
  });
});
