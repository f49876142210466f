import { Chrono, configuration, ParsingComponents, type ParsingResult, type Refiner } from "chrono-node/en";

type Context = Parameters<Refiner["refine"]>[0];

// Words that name a weekday but mean something else as often ("wear sun cream", "sat down", "wed in June").
const AMBIGUOUS_WEEKDAYS = new Set(["sun", "sat", "wed"]);
// A word before a date that makes it one ("on sat", "by wed", "this weekend").
const QUALIFIER = /(?:^|\s)(?:on|by|due|until|before|for|next|this|from|starting|the|at|over)\s+$/i;
// Chrono reads a duration alone ("3 days", "the week", "5 min call") as that long from now: only with a word that says so.
const RELATIVE_LEAD = /^(?:in|within|next|after|(?:the\s+)?day\s+after)\b/i;
const RELATIVE_TAIL = /\b(?:from now|from today|from tomorrow|later|hence)$/i;
const PAST = /\b(?:last|ago|yesterday|previous|past)\b/i;

const certainOf = (result: ParsingResult, ...components: Parameters<ParsingComponents["isCertain"]>[0][]) =>
  components.some((component) => result.start.isCertain(component));

/** Whether chrono's raw finding is a date or time someone adding a task means; see README § Grammar. */
function plausible(context: Context, result: ParsingResult): boolean {
  const text = result.text.trim();
  const lower = text.toLowerCase();
  const tags = result.tags();
  const before = context.text.slice(0, result.index);
  const after = context.text.slice(result.index + result.text.length);
  const relative = tags.has("result/relativeDate");

  // A bare number ("Watch 24", "Release 1.10") is never a time; "at 5", "5pm" and "17:00" are.
  if (/^[\d.]+$/.test(text)) return false;
  // "1/2 cup", "3/4 done": fractions, not dates.
  if (/^\d\/\d$/.test(text)) return false;
  if (tags.has("casualReference/now")) return false;
  if (PAST.test(lower)) return false;
  if (relative && !RELATIVE_LEAD.test(lower) && !RELATIVE_TAIL.test(lower)) return false;
  // A month or a year alone ("Plan March", "Mars in 2030", "this month") names no day.
  if (!relative && !certainOf(result, "day", "weekday", "hour") && certainOf(result, "month", "year")) return false;
  if ((lower === "weekend" || lower === "weekends") && !QUALIFIER.test(before)) return false;
  // "Friday's meeting" is about the meeting.
  if (/^['’]s\b/i.test(after)) return false;
  if (AMBIGUOUS_WEEKDAYS.has(lower)) {
    const capitalisedInside = result.index > 0 && text[0] !== lower[0];
    const timeFollows = /^\s*(?:at\s+|@\s*)?\d/i.test(after);
    if (!capitalisedInside && !timeFollows && !QUALIFIER.test(before)) return false;
  }
  return true;
}

const dropImplausible: Refiner = {
  refine: (context, results) => results.filter((result) => plausible(context, result)),
};

// "day after tomorrow" without "the", which chrono reads as "tomorrow" alone.
const dayAfterTomorrow = {
  pattern: () => /\b(?:the\s+)?day\s+after\s+tomorrow\b/i,
  extract: (context: Context) => {
    const components = ParsingComponents.createRelativeFromReference(context.reference, { day: 2 });
    return components.addTag("parser/dayAfterTomorrow");
  },
};

// "on the 15th", "by the 1st": the next such day of a month, this month's if not yet past.
const dayOfMonth = {
  pattern: () => /\b(?:on|by|due)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b/i,
  extract: (context: Context, match: RegExpMatchArray) => {
    const wanted = Number(match[1]);
    const reference = context.reference.instant;
    for (let ahead = 0; ahead < 12; ahead++) {
      const date = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth() + ahead, wanted));
      if (date.getUTCDate() !== wanted || (ahead === 0 && wanted < reference.getUTCDate())) continue;
      return context
        .createParsingComponents({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: wanted })
        .addTag("parser/dayOfMonth");
    }
    return null;
  },
};

function createParser(): Chrono {
  const casual = configuration.createCasualConfiguration(false);
  // The filter goes first: a bare "24" dropped before chrono merges it into "24 tomorrow" and loses both.
  return new Chrono({
    parsers: [dayAfterTomorrow, dayOfMonth, ...casual.parsers],
    refiners: [dropImplausible, ...casual.refiners],
  });
}

/** English casual chrono, with the findings a task's title is full of taken out. */
export const chrono = createParser();
