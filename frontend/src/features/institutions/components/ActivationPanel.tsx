import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Institution } from '../api/getInstitution';
import { useDeactivateInstitution } from '../api/deactivateInstitution';
import { useReactivateInstitution } from '../api/reactivateInstitution';
import { ChangeError } from './ChangeError';

interface ActivationPanelProps {
  institution: Institution;
  onChanged: (active: boolean) => void;
  onReload: () => void;
}

/** Deactivate (with a confirmation step) or reactivate an entry; shown only to those who may edit it. */
export function ActivationPanel({ institution, onChanged, onReload }: ActivationPanelProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const deactivate = useDeactivateInstitution(institution.id);
  const reactivate = useReactivateInstitution(institution.id);
  const confirmRef = useRef<HTMLDivElement>(null);
  const mutation = institution.active ? deactivate : reactivate;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const run = () =>
    mutation.mutate(institution.version, {
      onSuccess: (changed) => {
        setConfirming(false);
        onChanged(changed.active);
      },
    });

  return (
    <section className="section" aria-labelledby="section-activation">
      <h2 id="section-activation" className="heading-m">
        {t('activation.heading')}
      </h2>
      {institution.active ? (
        <>
          <p>{t('activation.activeBody')}</p>
          {!confirming ? (
            <button
              type="button"
              className="button button--warning"
              onClick={() => {
                deactivate.reset();
                setConfirming(true);
              }}
            >
              {t('activation.deactivate')}
            </button>
          ) : (
            <div ref={confirmRef} className="confirm-panel" tabIndex={-1} role="group" aria-labelledby="confirm-deactivation-title">
              <h3 id="confirm-deactivation-title" className="heading-s">
                {t('activation.confirmTitle', { name: institution.name })}
              </h3>
              <p>{t('activation.confirmBody')}</p>
              {deactivate.isError && <ChangeError error={deactivate.error} onReload={onReload} />}
              <div className="button-group">
                <button type="button" className="button button--warning" onClick={run} disabled={deactivate.isPending}>
                  {deactivate.isPending ? t('common.saving') : t('activation.confirm')}
                </button>
                <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
                  {t('common.cancel')}
                </button>
              </div>
            </div>
          )}
        </>
      ) : (
        <>
          <p>{t('activation.inactiveBody')}</p>
          {reactivate.isError && <ChangeError error={reactivate.error} onReload={onReload} />}
          <button type="button" className="button" onClick={run} disabled={reactivate.isPending}>
            {reactivate.isPending ? t('common.saving') : t('activation.reactivate')}
          </button>
        </>
      )}
    </section>
  );
}
