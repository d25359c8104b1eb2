/**
 * Runtime configuration loaded from `/config.json` at startup, so that the Keycloak location is
 * not baked into the build (the docker image and the end-to-end stack overwrite the file).
 */
export interface RuntimeConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

export type ConfigResult = { ok: true; config: RuntimeConfig } | { ok: false; reason: string };

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Validates an already parsed `config.json` document. */
export function parseRuntimeConfig(raw: unknown): ConfigResult {
  if (typeof raw !== 'object' || raw === null) {
    return { ok: false, reason: 'config.json is not a JSON object' };
  }
  const record = raw as Record<string, unknown>;
  const missing = (['keycloakUrl', 'realm', 'clientId'] as const).filter(
    (key) => !isNonEmptyString(record[key]),
  );
  if (missing.length > 0) {
    return { ok: false, reason: `config.json lacks: ${missing.join(', ')}` };
  }
  const keycloakUrl = (record.keycloakUrl as string).trim().replace(/\/+$/, '');
  if (!isHttpUrl(keycloakUrl)) {
    return { ok: false, reason: 'config.json: keycloakUrl is not an http(s) URL' };
  }
  return {
    ok: true,
    config: {
      keycloakUrl,
      realm: (record.realm as string).trim(),
      clientId: (record.clientId as string).trim(),
    },
  };
}

export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<ConfigResult> {
  let response: Response;
  try {
    response = await fetchImpl('/config.json', { cache: 'no-store', headers: { Accept: 'application/json' } });
  } catch (error) {
    return { ok: false, reason: `config.json could not be fetched: ${String(error)}` };
  }
  if (!response.ok) {
    return { ok: false, reason: `config.json answered HTTP ${response.status}` };
  }
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    return { ok: false, reason: 'config.json is not valid JSON' };
  }
  return parseRuntimeConfig(raw);
}
