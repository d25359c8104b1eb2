import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/shared/api/types';
import { Tag, type TagVariant } from './Tag';

type RecommendationStatus = Schemas['RecommendationStatus'];

export function recommendationStatusVariant(status: RecommendationStatus): TagVariant {
  switch (status) {
    case 'ISSUED':
      return 'blue';
    case 'ACKNOWLEDGED':
      return 'yellow';
    case 'IMPLEMENTED':
      return 'green';
    default:
      return 'red';
  }
}

/** A recommendation's status as a tag: the lists of the region and the gmina profile show it alike. */
export function RecommendationStatusTag({ status }: { status: RecommendationStatus }) {
  const { t } = useTranslation();
  return <Tag variant={recommendationStatusVariant(status)}>{t(`recommendations.status.${status}`)}</Tag>;
}
