// This browser's tabs of the app, told of a sign-out in any one of them. Same origin only: a tab opened on
// 127.0.0.1 holds another cookie than one on localhost, and signs out on its own.
const CHANNEL = "todo:session";
const SIGNED_OUT = "signed-out";

/** Tells the browser's other tabs that the user signed out here: the session cookie they share is gone. */
export function announceSignOut(): void {
  if (typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(SIGNED_OUT);
  channel.close();
}

/** Calls `onSignedOut` when another tab of this browser signs out; returns what stops listening. */
export function onSignOutElsewhere(onSignedOut: () => void): () => void {
  if (typeof BroadcastChannel === "undefined") return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if (event.data === SIGNED_OUT) onSignedOut();
  };
  return () => channel.close();
}
