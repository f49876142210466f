import { z } from "zod";
import { storable, UNSTORABLE_TEXT } from "./characters";
import { UserPathParamsSchema } from "./params";

export const AccessTokenScopeSchema = z
  .enum(["read", "read-write"])
  .describe("`read`: only GET (and HEAD); `read-write`: every task, list, settings and feed endpoint");
export type AccessTokenScope = z.infer<typeof AccessTokenScopeSchema>;

/** A personal access token as listed: never its secret, which is shown once, at creation. */
export const AccessTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  scope: AccessTokenScopeSchema,
  prefix: z.string().describe("The secret's first characters, to tell tokens apart (`todo_pat_Ab3dE9`)"),
  expiresAt: z.iso.datetime().nullable().describe("When it stops working; null: never"),
  lastUsedAt: z.iso.datetime().nullable().describe("When it was last exchanged for a JWT; null: never"),
  createdAt: z.iso.datetime(),
});
export type AccessToken = z.infer<typeof AccessTokenSchema>;

export const AccessTokenListSchema = z.array(AccessTokenSchema);

export const CreatedAccessTokenSchema = AccessTokenSchema.extend({
  token: z.string().describe("The secret (`todo_pat_…`): shown this once, kept only as a hash"),
});
export type CreatedAccessToken = z.infer<typeof CreatedAccessTokenSchema>;

export const ACCESS_TOKEN_MAX_DAYS = 365;

export const CreateAccessTokenSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, "Name the token (what uses it)")
    .max(100, "A token's name is at most 100 characters")
    .refine(storable, `A token's name ${UNSTORABLE_TEXT}`),
  scope: AccessTokenScopeSchema,
  expiresInDays: z
    .number()
    .int("Whole days")
    .min(1, "At least 1 day")
    .max(ACCESS_TOKEN_MAX_DAYS, `At most ${ACCESS_TOKEN_MAX_DAYS} days`)
    .nullable()
    .describe(`Days until it expires (1–${ACCESS_TOKEN_MAX_DAYS}); null: never`),
});
export type CreateAccessToken = z.infer<typeof CreateAccessTokenSchema>;

export const AccessTokenPathParamsSchema = UserPathParamsSchema.extend({
  id: z.string().describe("The access token's id"),
});

/** What exchanging an access token answers: a short-lived JWT for the API, carrying the token's scope. */
export const TokenExchangeSchema = z.object({
  token: z.string().describe("A JWT for `Authorization: Bearer` on every `/api/{userId}/…` endpoint"),
  tokenType: z.literal("Bearer"),
  expiresIn: z.number().int().describe("Seconds until the JWT expires"),
  scope: AccessTokenScopeSchema,
  userId: z.string().describe("The user the token acts for: the `{userId}` of API paths"),
});
export type TokenExchange = z.infer<typeof TokenExchangeSchema>;
