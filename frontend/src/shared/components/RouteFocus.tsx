import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';

/**
 * Headings focus themselves when the pathname changes (a client-side navigation), so
 * screen-reader users hear the new page title; not on the first page load and not when only
 * search params change (sorting, paging).
 */
interface FocusTracker {
  /** true once per new pathname */
  claim(pathname: string): boolean;
}

function createFocusTracker(initialPathname: string): FocusTracker {
  let focusedPathname = initialPathname;
  return {
    claim(pathname) {
      if (pathname === focusedPathname) return false;
      focusedPathname = pathname;
      return true;
    },
  };
}

const FocusTrackerContext = createContext<FocusTracker | null>(null);

export function RouteFocusProvider({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const [tracker] = useState(() => createFocusTracker(pathname));
  return <FocusTrackerContext.Provider value={tracker}>{children}</FocusTrackerContext.Provider>;
}

export function PageHeading({ children, id }: { children: ReactNode; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  const tracker = useContext(FocusTrackerContext);

  useEffect(() => {
    if (tracker?.claim(pathname)) ref.current?.focus();
  }, [tracker, pathname]);

  return (
    <h1 ref={ref} id={id} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
