import { createApiClient, type Transport } from '../shared/api-client';
import type { Envelope } from '../shared/envelope';

const TOKEN_KEY = 'ostoja.hostToken';

/** Browser mode: the token comes once in the address (?token=…), then lives in this tab's sessionStorage. */
function hostToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const connectionLost: Envelope<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Brak połączenia z programem Ostoja. Sprawdź, czy program nadal działa.' },
};

const httpTransport = (token: string | null): Transport => async (method, input) => {
  try {
    const response = await fetch(`api/invoke/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(input ?? {}),
    });
    return (await response.json()) as Envelope<unknown>;
  } catch {
    return connectionLost;
  }
};

const ipcTransport: Transport = (method, input) => window.ostoja!.invoke(method, input);

export const api = createApiClient(window.ostoja ? ipcTransport : httpTransport(hostToken()));
