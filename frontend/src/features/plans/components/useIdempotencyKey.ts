import { useRef } from 'react';

/**
 * One key per distinct submission: a repeated submit of the same content (double click, retry
 * after a lost answer) sends the same Idempotency-Key, so the server creates the plan (or step) only once.
 */
export function useIdempotencyKey() {
  const last = useRef<{ body: string; key: string } | null>(null);
  return (body: unknown): string => {
    const serialized = JSON.stringify(body);
    if (last.current?.body !== serialized) last.current = { body: serialized, key: crypto.randomUUID() };
    return last.current.key;
  };
}
