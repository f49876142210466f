// The personal access tokens domain module (docs/decisions/026-accounts.md).
export {
  type AccessTokenScope,
  createAccessToken,
  listAccessTokens,
  type NewAccessToken,
  redeemAccessToken,
  revokeAccessToken,
} from "./access-tokens";
export { TOKEN_SECRET_PREFIX } from "./token-secret";
