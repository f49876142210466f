export { credentialsRevokedSince, pruneRevokedCredentials } from "./revoked-credentials";
