import "server-only";
import { createPublicKey } from "node:crypto";
import type { PushSubscriptionInput } from "@todo/contracts";
import { HttpError } from "../http/errors";

/** Why a subscription's keys cannot encrypt a message (RFC 8291 § 3), per field; none when they can. */
export function subscriptionKeyErrors({ p256dh, auth }: PushSubscriptionInput["keys"]) {
  const errors: { path: string; message: string }[] = [];
  const point = Buffer.from(p256dh, "base64url");
  if (!(point.length === 65 && point[0] === 0x04 && onP256(point)))
    errors.push({ path: "keys.p256dh", message: "p256dh must be an uncompressed P-256 public key (65 bytes)" });
  if (Buffer.from(auth, "base64url").length !== 16)
    errors.push({ path: "keys.auth", message: "auth must be a 16-byte secret" });
  return errors;
}

/** Whether 65 bytes `04 ‖ x ‖ y` are a point of the curve, which the message's key agreement needs. */
function onP256(point: Buffer): boolean {
  const jwk = {
    kty: "EC",
    crv: "P-256",
    x: point.subarray(1, 33).toString("base64url"),
    y: point.subarray(33).toString("base64url"),
  };
  try {
    createPublicKey({ key: jwk, format: "jwk" });
    return true;
  } catch {
    return false;
  }
}

/** 422 naming each key no message could be encrypted to: stored, they would fail every reminder sent to them. */
export function requireUsableKeys(keys: PushSubscriptionInput["keys"]): void {
  const errors = subscriptionKeyErrors(keys);
  if (errors.length > 0) throw new HttpError(422, "Some fields are invalid", { errors });
}
