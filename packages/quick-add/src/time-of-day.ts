const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** `HH:MM` (24-hour) → minutes after midnight; throws on anything else. */
export function parseTime(text: string): number {
  const match = TIME.exec(text);
  if (!match) throw new TypeError(`Expected a time as HH:MM, got ${JSON.stringify(text)}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Minutes after midnight → `HH:MM` */
export const formatTime = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
