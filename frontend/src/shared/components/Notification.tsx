import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface NotificationProps {
  variant?: 'success' | 'info';
  title?: string;
  children: ReactNode;
  /** move the focus here when shown (after the page the user acted on changed) */
  focus?: boolean;
}

/** GOV.UK notification banner, announced politely; the success variant confirms an action. */
export function Notification({ variant = 'info', title, children, focus = false }: NotificationProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (!focus) return undefined;
    // after the page's own effects (a new page focuses its heading): the confirmation wins
    const timer = window.setTimeout(() => ref.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [focus]);
  return (
    <div
      ref={ref}
      className={`notification notification--${variant}`}
      role={variant === 'success' ? 'status' : 'region'}
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <div className="notification__header">
        <h2 id={titleId} className="notification__title">
          {title ?? (variant === 'success' ? t('common.success') : t('common.important'))}
        </h2>
      </div>
      <div className="notification__content">{children}</div>
    </div>
  );
}
