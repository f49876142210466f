import "server-only";
import { Counter, Gauge, Histogram } from "prom-client";
import { metric } from "./registry";

/** Requests refused for how often they come, by the limit that refused them (api, streams, auth). */
export const rateLimitRefusals = () =>
  metric(
    "rate_limit_refusals_total",
    (registry) =>
      new Counter({
        name: "rate_limit_refusals_total",
        help: "Requests answered 429, by the limit that refused them",
        labelNames: ["limit"],
        registers: [registry],
      }),
  );

/** Answers 503 because the database did not answer (not the 503 a stopping instance gives a new stream). */
export const databaseUnavailableAnswers = () =>
  metric(
    "db_unavailable_total",
    (registry) =>
      new Counter({
        name: "db_unavailable_total",
        help: "Requests answered 503 because the database did not answer",
        registers: [registry],
      }),
  );

/** Event streams this instance holds open. */
export const openEventStreams = () =>
  metric(
    "event_streams_open",
    (registry) =>
      new Gauge({ name: "event_streams_open", help: "Event streams open on this instance", registers: [registry] }),
  );

/** From a change's transaction to its event written to a live stream (not replays). */
export const changeDeliveryLag = () =>
  metric(
    "change_delivery_lag_seconds",
    (registry) =>
      new Histogram({
        name: "change_delivery_lag_seconds",
        help: "Seconds from a change's transaction to its delivery to an open stream",
        buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
        registers: [registry],
      }),
  );

/** Times the LISTEN connection was lost (it reconnects by itself). */
export const changeListenerLosses = () =>
  metric(
    "change_listener_reconnects_total",
    (registry) =>
      new Counter({
        name: "change_listener_reconnects_total",
        help: "Times the change listener lost its LISTEN connection and went back to reconnecting",
        registers: [registry],
      }),
  );
