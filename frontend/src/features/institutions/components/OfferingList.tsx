import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { links } from '@/shared/routes/links';
import { Tag } from '@/shared/components/Tag';
import { useLabels, type OfferingStatus } from '@/shared/i18n/labels';
import type { Institution, Offering } from '../api/getInstitution';
import { useRemoveOffering } from '../api/removeOffering';
import { ChangeError } from './ChangeError';

const STATUS_VARIANT: Record<OfferingStatus, 'green' | 'yellow' | 'grey'> = {
  ACTIVE: 'green',
  SUSPENDED: 'yellow',
  ENDED: 'grey',
};

interface OfferingListProps {
  institution: Institution;
  /** actions are shown only when the server says the caller may edit the entry */
  editable: boolean;
  onRemoved: (offering: Offering) => void;
  onReload: () => void;
}

/** What the institution offers from the catalogue, with add/change/remove for those who may edit it. */
export function OfferingList({ institution, editable, onRemoved, onReload }: OfferingListProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const captionId = useId();
  const [confirming, setConfirming] = useState<Offering | null>(null);
  const remove = useRemoveOffering(institution.id);
  const confirmRef = useRef<HTMLDivElement>(null);
  const offerings = institution.offerings;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const confirmRemoval = () => {
    if (!confirming) return;
    const offering = confirming;
    remove.mutate(
      { version: institution.version, offeringId: offering.id },
      {
        onSuccess: () => {
          setConfirming(null);
          onRemoved(offering);
        },
      },
    );
  };

  return (
    <section className="section" aria-labelledby="section-offerings">
      <h2 id="section-offerings" className="heading-m">
        {t('offerings.heading')}
      </h2>
      {editable && (
        <p>
          <Link className="button button--secondary" to={links.offeringNew(institution.id)}>
            {t('offerings.add')}
          </Link>
        </p>
      )}
      {offerings.length === 0 ? (
        <p>{t('offerings.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="table">
            <caption id={captionId} className="table__caption table__caption--s">
              {t('offerings.caption', { name: institution.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('offerings.column.service')}</th>
                <th scope="col">{t('offerings.column.places')}</th>
                <th scope="col">{t('offerings.column.schedule')}</th>
                <th scope="col">{t('offerings.column.contact')}</th>
                <th scope="col">{t('offerings.column.status')}</th>
                {editable && <th scope="col">{t('offerings.column.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {offerings.map((offering) => {
                const name = labels.name(offering.service);
                return (
                  <tr key={offering.id}>
                    <td>
                      <Link to={links.service(offering.service.code)}>{name}</Link>
                    </td>
                    <td>{offering.places ?? '—'}</td>
                    <td>{offering.schedule ?? '—'}</td>
                    <td>{offering.contact ?? '—'}</td>
                    <td>
                      <Tag variant={STATUS_VARIANT[offering.status]}>{labels.offeringStatus(offering.status)}</Tag>
                    </td>
                    {editable && (
                      // the links and buttons inside carry their own names (the rule looks only 2 levels deep)
                      // oxlint-disable-next-line jsx-a11y/control-has-associated-label
                      <td>
                        <ul className="action-list">
                          <li>
                            <Link to={links.offeringEdit(institution.id, offering.id)}>
                              {t('offerings.edit')}{' '}
                              <span className="visually-hidden">{name}</span>
                            </Link>
                          </li>
                          <li>
                            <button
                              type="button"
                              className="link-button"
                              aria-label={`${t('offerings.remove')} ${name}`}
                              onClick={() => {
                                remove.reset();
                                setConfirming(offering);
                              }}
                            >
                              {t('offerings.remove')}
                            </button>
                          </li>
                        </ul>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {confirming && (
        <div ref={confirmRef} className="confirm-panel" tabIndex={-1} role="group" aria-labelledby="confirm-removal-title">
          <h3 id="confirm-removal-title" className="heading-s">
            {t('offerings.confirmTitle', { name: labels.name(confirming.service) })}
          </h3>
          <p>{t('offerings.confirmBody')}</p>
          {remove.isError && <ChangeError error={remove.error} onReload={onReload} />}
          <div className="button-group">
            <button type="button" className="button button--warning" onClick={confirmRemoval} disabled={remove.isPending}>
              {remove.isPending ? t('common.saving') : t('offerings.confirmRemove')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
