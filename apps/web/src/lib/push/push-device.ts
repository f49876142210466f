import { ApiError, apiCall } from "@/lib/api-call";
import { registerServiceWorker } from "./service-worker";

/** This device's notifications: the browser has none, the user blocked them, or they are off or on here. */
export type PushState = "unsupported" | "blocked" | "off" | "on";

/** Turning notifications on failed for a reason the user can act on; the message says which. */
export class PushSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PushSetupError";
  }
}

function supported(): boolean {
  return (
    typeof window !== "undefined" &&
    "serviceWorker" in navigator &&
    "PushManager" in window &&
    "Notification" in window &&
    window.isSecureContext
  );
}

/** This browser's push subscription for the app, if it has one. */
async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration("/");
  return (await registration?.pushManager.getSubscription()) ?? null;
}

export async function pushState(): Promise<PushState> {
  if (!supported()) return "unsupported";
  if (Notification.permission === "denied") return "blocked";
  return Notification.permission === "granted" && (await currentSubscription()) ? "on" : "off";
}

/** base64url → the bytes `applicationServerKey` takes. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/**
 * Turns this device's notifications on: asks the browser's permission (only now, on the user's click),
 * registers the service worker, subscribes at the browser's push service with the server's key and
 * hands the subscription to the server.
 */
export async function enablePush(userId: string): Promise<void> {
  if (!supported()) throw new PushSetupError("This browser cannot show notifications.");
  const permission = await Notification.requestPermission();
  if (permission === "denied")
    throw new PushSetupError("Notifications are blocked for this site. Allow them in your browser's site settings.");
  if (permission !== "granted") throw new PushSetupError("Notifications were not allowed. Try again and choose Allow.");
  await registerServiceWorker();
  const registration = await navigator.serviceWorker.ready;
  const { publicKey } = await apiCall((api) => api.getPushPublicKey());
  let subscription: PushSubscription;
  try {
    subscription = await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: keyBytes(publicKey),
    });
  } catch (error) {
    const detail = error instanceof Error && error.message ? ` (${error.message})` : "";
    throw new PushSetupError(
      `Your browser's push service could not be reached${detail}, so this device cannot get reminders by notification. Check your connection and try again (a private window cannot get them).`,
    );
  }
  const { endpoint, keys } = subscription.toJSON();
  try {
    await apiCall((api) =>
      api.addPushSubscription(userId, {
        endpoint: endpoint ?? subscription.endpoint,
        keys: { p256dh: keys?.p256dh ?? "", auth: keys?.auth ?? "" },
      }),
    );
  } catch (error) {
    // The server would not keep it: no subscription left behind that nothing sends to.
    await subscription.unsubscribe().catch(() => {});
    throw error;
  }
}

/** Turns this device's notifications off: the server forgets the subscription, then the browser drops it. */
export async function disablePush(userId: string): Promise<void> {
  const subscription = await currentSubscription();
  if (!subscription) return;
  try {
    await apiCall((api) => api.removePushSubscription(userId, { endpoint: subscription.endpoint }));
  } catch (error) {
    // Already gone on the server (404): the device still drops its side.
    if (!(error instanceof ApiError && error.problem.status === 404)) throw error;
  }
  await subscription.unsubscribe();
}

/** Asks the server to send this device a test notification now. */
export async function sendTestPush(userId: string): Promise<void> {
  const subscription = await currentSubscription();
  if (!subscription) throw new PushSetupError("Notifications are off on this device. Turn them on first.");
  await apiCall((api) => api.testPushSubscription(userId, { endpoint: subscription.endpoint }));
}
