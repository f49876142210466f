/** English words for numbers, ordinals, weekdays and months, as the repetition grammar reads them. */

const NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1 };

// 0 = Sunday, as calendar.ts counts.
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  sun: 0,
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  weds: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
};

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const own = <T>(table: Record<string, T>, word: string | undefined): T | null =>
  word !== undefined && Object.hasOwn(table, word) ? (table[word] as T) : null;

/** "3" or "three" → 3 (1–99). */
export function cardinal(word: string | undefined): number | null {
  if (word && /^\d{1,2}$/.test(word)) return Number(word) || null;
  return own(NUMBERS, word);
}

/** "15th", "2nd" → 15, 2 (1–31); with `words`, also "first"–"fifth" and "last" (-1). */
export function ordinal(word: string | undefined, words = true): number | null {
  const match = word ? /^(\d{1,2})(?:st|nd|rd|th)$/.exec(word) : null;
  if (match) {
    const value = Number(match[1]);
    return value >= 1 && value <= 31 ? value : null;
  }
  return words ? own(ORDINALS, word) : null;
}

/** "mon", "Monday", "mondays" → 1 */
export function weekdayOf(word: string | undefined): number | null {
  return own(WEEKDAYS, word) ?? (word?.endsWith("days") ? own(WEEKDAYS, word.slice(0, -1)) : null);
}

/** "dec", "December" → 12 */
export const monthOf = (word: string | undefined) => own(MONTHS, word);

/** A day of the month as written after a month's name: "24" or "24th". */
export function dayOfMonth(word: string | undefined): number | null {
  if (word && /^\d{1,2}$/.test(word)) {
    const value = Number(word);
    return value >= 1 && value <= 31 ? value : null;
  }
  return ordinal(word, false);
}
