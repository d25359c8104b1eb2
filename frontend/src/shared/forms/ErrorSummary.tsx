import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface ErrorSummaryItem {
  /** id of the control to move to; without it the item is plain text */
  targetId?: string;
  text: string;
}

interface ErrorSummaryProps {
  items: ErrorSummaryItem[];
  title?: string;
}

function focusTarget(event: MouseEvent<HTMLAnchorElement>, targetId: string): void {
  const target = document.getElementById(targetId);
  if (!target) return;
  // not a navigation: moving the focus keeps the router (and the URL) out of it
  event.preventDefault();
  target.focus();
  const anchor = target.closest('fieldset') ?? target.closest('.form-group') ?? target;
  anchor.scrollIntoView?.({ block: 'start' });
}

/**
 * GOV.UK error summary: shown above the form after a failed submission, takes the focus (and
 * is announced as an alert), and links each problem to its field. Give it a new `key` on every
 * failed submission so that it takes the focus again.
 */
export function ErrorSummary({ items, title }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const visible = items.length > 0;

  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible]);

  if (!visible) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby={headingId} tabIndex={-1}>
      <h2 id={headingId} className="error-summary__title">
        {title ?? t('forms.errorSummaryTitle')}
      </h2>
      <ul className="error-summary__list">
        {items.map((item, index) => (
          <li key={`${item.targetId ?? ''}-${index}`}>
            {item.targetId ? (
              <a href={`#${item.targetId}`} onClick={(event) => focusTarget(event, item.targetId!)}>
                {item.text}
              </a>
            ) : (
              item.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
