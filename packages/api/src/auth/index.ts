export { bearerCredentials } from "./bearer-credentials";
export {
  type BearerVerifierOptions,
  createBearerVerifier,
  TokenRejectedError,
  type TokenScope,
  type VerifiedToken,
} from "./bearer-verifier";
