import "server-only";
import { registerDatabaseMetrics } from "./database-metrics";
import {
  changeDeliveryLag,
  changeListenerLosses,
  databaseUnavailableAnswers,
  openEventStreams,
  rateLimitRefusals,
} from "./operations-metrics";
import { registerReminderMetrics } from "./reminders";

/** Every metric a scrape shows, even before anything counted it: an alert on a series needs the series. */
export function registerOperationsMetrics(): void {
  registerDatabaseMetrics();
  registerReminderMetrics();
  databaseUnavailableAnswers();
  openEventStreams();
  changeDeliveryLag();
  changeListenerLosses();
  for (const limit of ["api", "streams", "auth"]) rateLimitRefusals().labels(limit);
}
