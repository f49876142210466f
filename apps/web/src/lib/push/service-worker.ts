/** Where the service worker lives (public/sw.js): its scope is the whole app. */
export const SERVICE_WORKER_URL = "/sw.js";

/** Registers the app's service worker (again is a no-op), where the browser has them; errors are the caller's. */
export function registerServiceWorker(): Promise<ServiceWorkerRegistration> | null {
  if (typeof navigator === "undefined" || !("serviceWorker" in navigator)) return null;
  return navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: "/" });
}
