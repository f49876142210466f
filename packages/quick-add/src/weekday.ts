import { weekdayOf } from "@todo/dates";

/** 0 = Sunday … 6 = Saturday of a day number, as chrono and `Date#getDay` count (`@todo/dates` starts on Monday). */
export const weekday = (days: number) => (weekdayOf(days) + 1) % 7;
