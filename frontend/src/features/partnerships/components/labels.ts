import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/shared/api/types';
import type {
  KisFounder,
  PartnershipKind,
  PartnershipStatus,
  ScenarioOutcome,
  SignatoryStatus,
  StakeholderCode,
  StakeholderSector,
  VariantStatus,
  ZslInitiator,
  ZslRole,
} from '../model';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** Words for the API's enum values of this feature, in the current language. */
export function usePartnershipLabels() {
  const { t } = useTranslation();
  const loose = t as unknown as LooseT;
  return {
    status: (status: PartnershipStatus): string => loose(`partnershipStatus.${status}`),
    kind: (kind: PartnershipKind): string => loose(`partnershipKind.${kind}`),
    signatoryStatus: (status: SignatoryStatus): string => loose(`signatoryStatus.${status}`),
    sector: (sector: StakeholderSector): string => loose(`stakeholderSector.${sector}`),
    code: (code: StakeholderCode): string => loose(`stakeholderCode.${code}`),
    outcome: (outcome: ScenarioOutcome): string => loose(`scenarioOutcome.${outcome}`),
    zslRole: (role: ZslRole): string => loose(`zslRole.${role}`),
    zslInitiator: (kind: ZslInitiator): string => loose(`zslInitiator.${kind}`),
    variantStatus: (status: VariantStatus): string => loose(`variantStatus.${status}`),
    founder: (founder: KisFounder): string => loose(`kisFounder.${founder}`),
    action: (action: Schemas['PartnershipAction']): string => loose(`partnershipAction.${action}`),
    sectionChange: (change: Schemas['PartnershipSectionChangeKind']): string => loose(`sectionChange.${change}`),
  };
}
