export { type BearerVerifierOptions, createBearerVerifier, TokenRejectedError } from "./bearer-verifier";
