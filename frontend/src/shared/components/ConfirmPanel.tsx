import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorMessage } from './ApiErrorMessage';

interface ConfirmPanelProps {
  /** the question, naming what is about to happen (e.g. "Zamknąć plan OPS-2026/0042?") */
  title: string;
  /** what the act does and that it cannot be undone */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
  error?: unknown;
  /** the heading level inside the page's outline */
  level?: 2 | 3 | 4;
}

/**
 * A confirmation before an irreversible act, shown in place of the button that asked for it: an
 * alert dialog that takes the focus, names the act and its effect, and offers "yes" and "cancel";
 * Escape cancels. The caller returns the focus to its button when the panel closes.
 */
export function ConfirmPanel({ title, children, confirmLabel, onConfirm, onCancel, pending = false, error, level = 3 }: ConfirmPanelProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const Heading = `h${level}` as const;
  const cancel = useRef(onCancel);
  useEffect(() => {
    cancel.current = onCancel;
  });
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    element.focus();
    // Escape inside the panel cancels, as its button does
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        cancel.current();
      }
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <div
      ref={ref}
      className="confirm-panel"
      tabIndex={-1}
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
    >
      <Heading id={titleId} className="heading-s">
        {title}
      </Heading>
      <div id={bodyId}>{children}</div>
      {error !== undefined && error !== null && <ApiErrorMessage error={error} />}
      <div className="button-group">
        <button type="button" className="button button--warning" disabled={pending} onClick={onConfirm}>
          {pending ? t('common.saving') : confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
