export { toAccessToken } from "./access-token-response";
