import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
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

/**
 * The version a form saves on (its If-Match) with its 412 state. After a refusal,
 * `reload(current)` fetches what is saved now and moves the version forward; what the user typed
 * stays. `current` may also do more with what it read (show it, reconcile the input).
 */
export function useVersionConflict(initial: number) {
  const conflict = useConflict();
  const [version, setVersion] = useState(initial);
  const reload = (current: () => Promise<{ version: number } | undefined>) =>
    conflict.reload(async () => {
      const fresh = await current();
      if (fresh) setVersion(fresh.version);
    });
  return { version, conflict, reload };
}

interface ConflictNoticeProps {
  state: ConflictState;
  onReload: () => void;
  reloading: boolean;
  /** the level of its heading: one below the heading of the form it stands in */
  level?: 2 | 3 | 4;
  /** what the current version says that matters here (shown once it is loaded) */
  children?: ReactNode;
}

/**
 * What a 412 means for a form: someone saved first, nothing was saved, everything typed is still
 * there; loading the current version only moves the If-Match forward. Takes the focus when shown.
 */
export function ConflictNotice({ state, onReload, reloading, level = 2, children }: ConflictNoticeProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const Heading = `h${level}` as const;
  useEffect(() => {
    if (state) ref.current?.focus();
  }, [state]);
  if (state === 'stale') {
    return (
      <div ref={ref} className="error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1}>
        <Heading id={titleId} className="error-summary__title">
          {t('conflictNotice.title')}
        </Heading>
        <p>{t('conflictNotice.body')}</p>
        <button type="button" className="button button--secondary" onClick={onReload} disabled={reloading}>
          {reloading ? t('area.loading') : t('conflictNotice.reload')}
        </button>
      </div>
    );
  }
  if (state === 'reloaded') {
    return (
      <div ref={ref} className="notification" role="status" aria-labelledby={titleId} tabIndex={-1}>
        <div className="notification__header">
          <Heading id={titleId} className="notification__title">
            {t('conflictNotice.reloadedTitle')}
          </Heading>
        </div>
        <div className="notification__content">
          {children}
          <p>{t('conflictNotice.reloadedBody')}</p>
        </div>
      </div>
    );
  }
  return null;
}
