export { settingsResponse, toSettings } from "./settings-response";
