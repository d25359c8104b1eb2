import type { ReactNode } from 'react';

export type TagVariant = 'blue' | 'grey' | 'green' | 'orange' | 'red' | 'yellow';

/** A short status label (GOV.UK tag): colour is never the only carrier, the text says it all. */
export function Tag({ variant = 'blue', children }: { variant?: TagVariant; children: ReactNode }) {
  return <strong className={`tag tag--${variant}`}>{children}</strong>;
}
