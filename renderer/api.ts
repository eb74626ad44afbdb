import { createApiClient, type Transport } from '../shared/api-client';
import type { Envelope } from '../shared/envelope';
import { mainPcMayHaveRestarted, watchAnswer } from './office/connection';
import { createStationClient } from './office/station';
import { reportSessionProblem, sessionToken } from './session';

const HOST_TOKEN_KEY = 'ostoja.hostToken';

/** Browser mode: the host token comes once in the address (?token=…), then lives in this tab's sessionStorage. */
function hostToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(HOST_TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
  }
  return sessionStorage.getItem(HOST_TOKEN_KEY);
}

const connectionLost: Envelope<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Brak połączenia z programem Ostoja. Sprawdź, czy program nadal działa.' },
};

const httpTransport = (token: string | null): Transport => async (method, input) => {
  try {
    const session = sessionToken();
    const response = await fetch(`api/invoke/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(session ? { 'X-Ostoja-Session': session } : {}),
      },
      body: JSON.stringify(input ?? {}),
    });
    return (await response.json()) as Envelope<unknown>;
  } catch {
    return connectionLost;
  }
};

const ipcTransport: Transport = (method, input) => window.ostoja!.invoke(method, input, sessionToken() ?? undefined);

/** Methods whose UNAUTHORIZED answer is about the password typed, not about the session. */
const credentialMethods = new Set(['auth.login', 'auth.unlock']);

/** Every answer passes here: a session that ended or locked is reported to the screens that handle it. */
const watchingSession =
  (transport: Transport): Transport =>
  async (method, input) => {
    const envelope = await transport(method, input);
    if (!envelope.ok && envelope.error.code === 'UNAUTHORIZED' && !credentialMethods.has(method)) {
      const { details } = envelope.error;
      // After the main PC was away, a refused session may be one it forgot by restarting: lock, keep the forms.
      reportSessionProblem(details?.locked || (!details?.restored && mainPcMayHaveRestarted()) ? 'locked' : details?.restored ? 'restored' : 'loggedOut');
    }
    return envelope;
  };

/** On another PC of the office: an answer UNAVAILABLE raises the banner until the main PC answers again. */
const watchingConnection =
  (transport: Transport): Transport =>
  async (method, input) => {
    const envelope = await transport(method, input);
    watchAnswer(envelope, () => transport('system.info', {}));
    return envelope;
  };

const transport = watchingConnection(watchingSession(window.ostoja ? ipcTransport : httpTransport(hostToken())));
export const api = createApiClient(transport);
/** This PC's own calls: whether it is joined to the main PC, and joining at the first start. */
export const station = createStationClient(transport);
