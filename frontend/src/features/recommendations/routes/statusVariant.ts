import type { TagVariant } from '@/shared/components/Tag';
import type { RecommendationStatus } from '../model';

export function statusVariant(status: RecommendationStatus): TagVariant {
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
