import { describe, expect, it } from "vitest";
import { parseSettingsIfMatch, parseTaskIfMatch, settingsEtag, taskEtag } from "./etag";

const none = { total: 0, completed: 0 };

describe("taskEtag and parseTaskIfMatch", () => {
  it("reads back the version an ETag was made from", () => {
    const updatedAt = "2026-11-26T14:00:00.123Z";
    expect(parseTaskIfMatch(taskEtag({ updatedAt, subtasks: none }))).toEqual([
      { updatedAt: new Date(updatedAt), subtasks: none },
    ]);
    const subtasks = { total: 3, completed: 1 };
    expect(parseTaskIfMatch(taskEtag({ updatedAt, subtasks }))).toEqual([{ updatedAt: new Date(updatedAt), subtasks }]);
  });

  it("gives a parent a new ETag when only its subtasks' counts change, and a task without any its updatedAt alone", () => {
    const updatedAt = "2026-11-26T14:00:00.123Z";
    expect(taskEtag({ updatedAt, subtasks: none })).toBe(`"${Date.parse(updatedAt)}"`);
    const tags = [none, { total: 1, completed: 0 }, { total: 1, completed: 1 }, { total: 2, completed: 1 }].map(
      (subtasks) => taskEtag({ updatedAt, subtasks }),
    );
    expect(new Set(tags).size).toBe(tags.length);
  });

  it("reads every strong ETag of a list, whatever the spacing", () => {
    expect(parseTaskIfMatch('"1000",   "2000-3-1","3000"')).toEqual([
      { updatedAt: new Date(1000), subtasks: none },
      { updatedAt: new Date(2000), subtasks: { total: 3, completed: 1 } },
      { updatedAt: new Date(3000), subtasks: none },
    ]);
  });

  it("skips weak tags and tags this API never sends, commas inside a tag included", () => {
    const sent = '"2000", "3000-2-0"';
    const never =
      'W/"1000", W/"1000-1-1", "a,b", "-5", "", "1234567890123456", "0012", "12-0-0", "12-01-0", "12-1", ' +
      // Past 9999-12-31T23:59:59.999Z no version can be: the database refused such an instant (500 before).
      '"253402300800000", "999999999999999", "999999999999999-999-999"';
    expect(parseTaskIfMatch(`${never}, ${sent}`)).toEqual([
      { updatedAt: new Date(2000), subtasks: none },
      { updatedAt: new Date(3000), subtasks: { total: 2, completed: 0 } },
    ]);
  });

  it.each(["abc", 'W/"1000"', '""', "1000", "*"])("names no version in %s", (value) => {
    expect(parseTaskIfMatch(value)).toEqual([]);
  });
});

describe("settingsEtag and parseSettingsIfMatch", () => {
  it("names no version later than 9999-12-31T23:59:59.999Z", () => {
    expect(parseSettingsIfMatch('"253402300800000", "999999999999999", "253402300799999"')).toEqual([
      new Date(253_402_300_799_999),
    ]);
  });

  it("reads back the version an ETag was made from, and no task's parent tag", () => {
    const updatedAt = "2026-11-26T14:00:00.123Z";
    expect(parseSettingsIfMatch(`${settingsEtag({ updatedAt })}, "5-1-0", W/"7"`)).toEqual([new Date(updatedAt)]);
  });
});
