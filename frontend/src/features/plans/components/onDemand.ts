import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * A form opened on demand by a button: while it is open the button is gone; when it closes
 * (saved, cancelled or Escape) the focus returns to the button, so keyboard users stay where they were.
 */
export function useOnDemand<T extends HTMLElement = HTMLButtonElement>() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<T>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return { open, setOpen, show: () => setOpen(true), close: () => setOpen(false), buttonRef };
}

/**
 * Escape inside the element (an on-demand form) closes it, as its cancel button does. The listener
 * sits on the element itself, so Escape elsewhere on the page is left alone; `shown` says whether
 * the element is rendered now (for a form inside a section that is always there).
 */
export function useCloseOnEscape(ref: RefObject<HTMLElement | null>, close: () => void, shown = true) {
  const latest = useRef(close);
  useEffect(() => {
    latest.current = close;
  });
  useEffect(() => {
    const element = shown ? ref.current : null;
    if (!element) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        latest.current();
      }
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [ref, shown]);
}

/** Moves the focus to the element (a form's heading with tabIndex -1) once it is shown. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
