// Web Push subscriptions, one per device (docs/decisions/023-reminders.md).
export {
  deleteGonePushSubscriptions,
  deletePushSubscription,
  findPushSubscription,
  listPushSubscriptions,
  type NewPushSubscription,
  pushSubscriptionsOf,
  savePushSubscription,
} from "./subscriptions";
