import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type ConflictState = 'stale' | 'reloaded' | null;

/**
 * The 412 state of a form: `stale` after the refusal, then `reload(load)` fetches the current
 * version (the caller moves its If-Match forward in `load`) and says so.
 */
export function useConflict() {
  const [state, setState] = useState<ConflictState>(null);
  const [reloading, setReloading] = useState(false);
  return {
    state,
    reloading,
    stale: () => setState('stale'),
    clear: () => setState(null),
    reload: async (load: () => Promise<unknown>) => {
      setReloading(true);
      try {
        await load();
        setState('reloaded');
      } finally {
        setReloading(false);
      }
    },
  };
}

interface ConflictNoticeProps {
  state: ConflictState;
  onReload: () => void;
  reloading: boolean;
}

/**
 * What a 412 means for a form: someone saved first, nothing was saved, everything typed is still
 * there; loading the current version only moves the If-Match forward. Takes the focus when shown.
 */
export function ConflictNotice({ state, onReload, reloading }: ConflictNoticeProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (state) ref.current?.focus();
  }, [state]);
  if (state === 'stale') {
    return (
      <div ref={ref} className="error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1}>
        <h2 id={titleId} className="error-summary__title">
          {t('partnerships.conflict.title')}
        </h2>
        <p>{t('partnerships.conflict.body')}</p>
        <button type="button" className="button button--secondary" onClick={onReload} disabled={reloading}>
          {reloading ? t('area.loading') : t('partnerships.conflict.reload')}
        </button>
      </div>
    );
  }
  if (state === 'reloaded') {
    return (
      <div ref={ref} className="notification" role="status" aria-labelledby={titleId} tabIndex={-1}>
        <div className="notification__header">
          <h2 id={titleId} className="notification__title">
            {t('partnerships.conflict.reloadedTitle')}
          </h2>
        </div>
        <div className="notification__content">
          <p>{t('partnerships.conflict.reloadedBody')}</p>
        </div>
      </div>
    );
  }
  return null;
}
