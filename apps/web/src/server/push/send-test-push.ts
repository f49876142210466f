import "server-only";
import type { TestPush } from "@todo/contracts";
import { deleteGonePushSubscriptions, findPushSubscription } from "@todo/db";
import { getDb } from "../db";
import { HttpError } from "../http/errors";
import { isAllowedEndpoint } from "./endpoint-policy";
import { sendPush } from "./send-push";

const TEST_MESSAGE: TestPush = { type: "test", title: "Notifications are on", url: "/" };

/**
 * Sends the test message to the user's subscription at `endpoint`: 404 when the user has none there (one stored
 * under an older PUSH_ENDPOINT_HOSTS is not sent to either), or when its push service says it is gone (then it is
 * deleted); 502 when the push service refused it or did not answer.
 */
export async function sendTestPush(owner: string, endpoint: string): Promise<void> {
  const subscription = await findPushSubscription(getDb(), owner, endpoint);
  if (!subscription || !isAllowedEndpoint(subscription.endpoint)) throw new HttpError(404, "No such push subscription");
  const result = await sendPush(subscription, TEST_MESSAGE);
  if (result.kind === "gone") {
    await deleteGonePushSubscriptions(getDb(), [subscription.id]);
    throw new HttpError(404, "The push service says this subscription has expired: subscribe again");
  }
  if (result.kind !== "delivered") {
    throw new HttpError(502, `The push service did not take the message (${result.status ?? "no answer"})`);
  }
}
