import { Tag, type TagVariant } from '@/shared/components/Tag';
import type { PartnershipStatus, SignatoryStatus, VariantStatus } from '../model';
import { usePartnershipLabels } from './labels';

const PARTNERSHIP_VARIANTS: Record<PartnershipStatus, TagVariant> = {
  DRAFT: 'grey',
  CONSULTATION: 'yellow',
  ACTIVE: 'green',
  DISSOLVED: 'red',
};

const SIGNATORY_VARIANTS: Record<SignatoryStatus, TagVariant> = {
  INVITED: 'blue',
  JOINED: 'green',
  WITHDRAWN: 'orange',
  DECLINED: 'grey',
  CANCELLED: 'grey',
};

const VARIANT_VARIANTS: Record<VariantStatus, TagVariant> = {
  CONSIDERED: 'grey',
  CHOSEN: 'blue',
  IN_PROGRESS: 'yellow',
  DONE: 'green',
  ABANDONED: 'red',
};

export function PartnershipStatusTag({ status }: { status: PartnershipStatus }) {
  const labels = usePartnershipLabels();
  return <Tag variant={PARTNERSHIP_VARIANTS[status]}>{labels.status(status)}</Tag>;
}

export function SignatoryStatusTag({ status }: { status: SignatoryStatus }) {
  const labels = usePartnershipLabels();
  return <Tag variant={SIGNATORY_VARIANTS[status]}>{labels.signatoryStatus(status)}</Tag>;
}

export function VariantStatusTag({ status }: { status: VariantStatus }) {
  const labels = usePartnershipLabels();
  return <Tag variant={VARIANT_VARIANTS[status]}>{labels.variantStatus(status)}</Tag>;
}
