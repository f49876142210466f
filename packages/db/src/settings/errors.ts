/** The settings changed since the version the caller last saw (a stale `If-Match`). */
export class SettingsChangedError extends Error {
  constructor() {
    super("The settings were changed since they were read");
    this.name = "SettingsChangedError";
  }
}
