import { useTranslation } from 'react-i18next';
import { CountTile } from '@/shared/components/CountTiles';
import { links } from '@/shared/routes/links';
import { usePartnershipList } from '../api/listPartnerships';
import type { PartnershipStatus } from '../model';

function StatusCount({ area, status }: { area: string; status: Extract<PartnershipStatus, 'DRAFT' | 'CONSULTATION'> }) {
  const { t } = useTranslation();
  const list = usePartnershipList({ gmina: area, status, page: 0, size: 1, sort: '-createdAt' });
  return (
    <CountTile
      to={links.partnerships({ gmina: area, status })}
      count={list.data ? list.data.totalItems : null}
      failed={list.isError}
      text={(count) => t(`homeDay.partnerships.${status}`, { count })}
      urgent={status === 'CONSULTATION'}
    />
  );
}

/**
 * The partnerships of an area (the coordinator's gmina) that need someone to act: drafts to finish
 * and texts in consultation awaiting the partners' comments and signatures.
 */
export function PartnershipsToAct({ area }: { area: string }) {
  return (
    <>
      <StatusCount area={area} status="CONSULTATION" />
      <StatusCount area={area} status="DRAFT" />
    </>
  );
}
