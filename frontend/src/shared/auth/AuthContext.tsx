import { createContext, useContext, type ReactNode } from 'react';
import type { AuthSession } from './auth';

const AuthContext = createContext<AuthSession | null>(null);

export function AuthProvider({ session, children }: { session: AuthSession; children: ReactNode }) {
  return <AuthContext.Provider value={session}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthSession {
  const session = useContext(AuthContext);
  if (session === null) throw new Error('useAuth must be used inside <AuthProvider>');
  return session;
}
