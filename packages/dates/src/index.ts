export { describeRecurrence, describeRule } from "./describe-rule";
export { firstOccurrenceOnOrAfter } from "./first-occurrence";
export { nextOccurrence, type Recurrence, type SeriesPosition } from "./next-occurrence";
export {
  addDays,
  type DateParts,
  dayNumber,
  daysInMonth,
  formatDate,
  fromDayNumber,
  fromDayNumberToDate,
  isLeapYear,
  LAST_DATE,
  type PlainDate,
  parseDate,
  toDayNumber,
  type WeekdayIndex,
  weekdayOf,
} from "./plain-date";
export { formatRule } from "./rule/format-rule";
export { type ParsedRule, parseRule, type RuleProblem } from "./rule/parse-rule";
export {
  type ByDay,
  COUNT_MAX,
  FREQUENCIES,
  type Frequency,
  INTERVAL_MAX,
  RECURRENCE_FROM,
  type RecurrenceFrom,
  RULE_MAX_LENGTH,
  type Rule,
  WEEKDAYS,
  type Weekday,
} from "./rule/rule";
export {
  canonicalTimeZone,
  instantOf,
  isWallTime,
  type OffsetSpan,
  offsetSpan,
  todayIn,
  type WallTime,
  wallClockIn,
  wallClockNow,
} from "./time-zone";
