import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

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

/** A keydown handler for an on-demand form: Escape closes it (as its cancel button does). */
export function closeOnEscape(close: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      close();
    }
  };
}

/** Moves the focus to the element (a form's heading with tabIndex -1) once it is shown. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
