import { deviceTimeZone } from "./device-time-zone";
import { loadApiClients } from "./load-api-clients";

const WAIT_MS = 3000;

/**
 * Saves the browser's time zone as a new account's, so that its "today" is where the user is. Never fails or
 * holds up the caller for long: without it the account's zone stays UTC until changed in Settings.
 */
export async function saveBrowserTimeZone(userId: string): Promise<void> {
  try {
    await Promise.race([
      loadApiClients().then(({ apiClient }) => apiClient.updateSettings(userId, { timeZone: deviceTimeZone() })),
      new Promise((resolve) => setTimeout(resolve, WAIT_MS)),
    ]);
  } catch {
    // No token, or no answer: the sign-up itself succeeded.
  }
}
