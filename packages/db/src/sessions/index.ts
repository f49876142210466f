export { pruneRevokedSessions, sessionsRevokedSince } from "./revoked-sessions";
