import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import pl from './locales/pl.json';

type Tree = { [key: string]: string | Tree };

/**
 * Every enum schema of openapi.yaml (components.schemas), read from the generated file itself, so
 * an enum added to the API fails this test until its values have labels.
 */
function enumsOfOpenApi(): Map<string, string[]> {
  const yaml = readFileSync(join(import.meta.dirname, '../../../../openapi.yaml'), 'utf8');
  const enums = new Map<string, string[]>();
  const schema = /^ {4}([A-Za-z0-9]+):\n((?: {6}.*\n)+)/gm;
  for (const [, name, body] of yaml.matchAll(schema)) {
    const block = /^ {6}enum:\n((?: {6}- .*\n)+)/m.exec(body ?? '');
    if (name && block?.[1]) {
      enums.set(
        name,
        [...block[1].matchAll(/^ {6}- "?([^"\n]+)"?$/gm)].map((match) => match[1] ?? ''),
      );
    }
  }
  return enums;
}

/**
 * Where each enum's labels live in the locale files. An enum the SPA never shows to a person
 * has an entry `null` and the reason beside it.
 */
const LABELS: Record<string, string | null> = {
  AccessibilityCompliance: 'accessibility.status',
  Action: 'changeAction',
  AnonymisationTrigger: 'anonymisation.trigger',
  CaseloadPlanFilter: 'caseloadSearch.status',
  Category: 'cooperativeModels.category',
  CooperativeProfile: 'cooperativeProfile',
  DataSubjectRequestGrounds: 'dpo.grounds',
  DataSubjectRequestKind: 'dpo.kind',
  DataSubjectRequestStatus: 'dpo.status',
  DiagnosisArea: 'diagnosis.area',
  DiagnosisAssessment: 'diagnosis.assessment',
  DisabilityLevel: 'disabilityLevel',
  DueItemKind: 'due.kind',
  EmailMode: 'emailMode',
  EmploymentRegime: 'regime',
  EventType: 'notificationType',
  FollowUpCheckpoint: 'followUp.checkpoint',
  FollowUpStatus: 'followUp.status',
  ImportStatus: 'imports.status',
  IndicatorBreakdown: 'enumLabel.indicatorBreakdown',
  IndicatorMeasure: 'enumLabel.indicatorMeasure',
  IndicatorSource: 'enumLabel.indicatorSource',
  IndicatorUnit: 'enumLabel.indicatorUnit',
  InstitutionType: 'institutionType',
  KisFounder: 'kisFounder',
  LegalBasis: 'legalBasis',
  MlwStage: 'partnershipStatus',
  NotificationLanguage: 'language',
  NotificationLinkType: 'enumLabel.notificationLinkType',
  OfferingStatus: 'offeringStatus',
  OfficialStatusKind: 'officialStatusKind',
  OfficialStatusState: 'officialStatusState',
  OutcomeKind: 'outcomeKind',
  PartnershipAction: 'partnershipAction',
  PartnershipKind: 'partnershipKind',
  PartnershipSectionChangeKind: 'sectionChange',
  PartnershipStatus: 'partnershipStatus',
  Periodicity: 'enumLabel.periodicity',
  Permission: 'permission',
  PlanStatus: 'planStatus',
  RecommendationLevel: 'recommendations.level',
  RecommendationStatus: 'recommendations.status',
  RefreshScope: 'enumLabel.refreshScope',
  RefreshStatus: 'enumLabel.refreshStatus',
  RefreshTrigger: 'enumLabel.refreshTrigger',
  RepresentativeRole: 'rpw.representativeRole',
  ScenarioOutcome: 'scenarioOutcome',
  SignatoryAction: 'partnerships.signatories.action',
  SignatoryStatus: 'signatoryStatus',
  StakeholderCode: 'stakeholderCode',
  StakeholderRole: 'stakeholderRole',
  StakeholderSector: 'stakeholderSector',
  /** the referral's status (ReferralResponse.status) */
  Status: 'referralStatus',
  StepStatus: 'stepStatus',
  TerritorialLevel: 'enumLabel.territorialLevel',
  VariantStatus: 'variantStatus',
  WebhookDeliveryStatus: null, // webhooks are managed through the API by the client system; the SPA shows none
  WebhookDisabledReason: null, // as WebhookDeliveryStatus
  ZslInitiator: 'zslInitiator',
  ZslRole: 'zslRole',
};

function lookup(tree: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Tree)[key] : undefined), tree);
}

describe('every code the API can send has a label in Polish and English', () => {
  const enums = enumsOfOpenApi();

  it('reads the enums of openapi.yaml', () => {
    expect(enums.size).toBeGreaterThanOrEqual(40);
    expect(enums.get('PlanStatus')).toEqual(['DRAFT', 'ACTIVE', 'COMPLETED', 'CLOSED']);
  });

  it('knows where every enum of openapi.yaml is labelled (a new enum needs an entry here)', () => {
    expect([...enums.keys()].filter((name) => !(name in LABELS))).toEqual([]);
  });

  for (const [language, locale] of [
    ['pl', pl],
    ['en', en],
  ] as const) {
    it(`labels every value in ${language}`, () => {
      const missing: string[] = [];
      for (const [name, values] of enums) {
        const prefix = LABELS[name];
        if (!prefix) continue;
        for (const value of values) {
          const label = lookup(locale as Tree, `${prefix}.${value}`);
          if (typeof label !== 'string' || label.trim() === '' || label === value) missing.push(`${name}.${value} (${prefix}.${value})`);
        }
      }
      expect(missing).toEqual([]);
    });
  }
});
