import { useState, type ReactNode } from 'react';

interface NarrowFoldProps {
  /** id of the folded panel (the button's aria-controls) */
  id: string;
  /** the button's text, e.g. "Filtry wyszukiwania (2)" */
  label: ReactNode;
  children: ReactNode;
}

/**
 * Content folded behind a button on narrow screens (under 768 px, styles in styles.css): the
 * button says whether it is open (aria-expanded) and controls the panel (aria-controls). On wider screens the button is not shown and the content always is.
 */
export function NarrowFold({ id, label, children }: NarrowFoldProps) {
  const [open, setOpen] = useState(false);
  return (
    <div className={`narrow-fold${open ? ' narrow-fold--open' : ''}`}>
      <button type="button" className="button button--secondary narrow-fold__toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen((current) => !current)}>
        {label}
      </button>
      <div id={id} className="narrow-fold__panel">
        {children}
      </div>
    </div>
  );
}
