// The settings domain module (docs/decisions/010-domain-module.md).
export { SettingsChangedError } from "./errors";
export { createSettings, getSettings, updateSettings } from "./settings";
