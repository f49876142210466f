import { randomInt, randomUUID } from "node:crypto";

export interface Account {
  userId: string;
  email: string;
  password: string;
  cookie: string;
}

/**
 * A made-up client address (sent as `X-Forwarded-For`): each test is a different user on a different machine, so
 * Better Auth's per-address rate limits count each test apart, as they would in use.
 */
export function clientAddress(): string {
  return `198.18.${randomInt(256)}.${randomInt(1, 255)}`;
}

/** Better Auth refuses cookie-authenticated POSTs without an Origin it trusts; browsers send one. */
export function authHeaders(baseUrl: string): Record<string, string> {
  return { Origin: baseUrl, "Content-Type": "application/json" };
}

function sessionCookie(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

export async function signUp(baseUrl: string, overrides: { email?: string; password?: string } = {}): Promise<Account> {
  const email = overrides.email ?? `user-${randomUUID()}@example.com`;
  const password = overrides.password ?? "correct horse battery staple";
  const response = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
    method: "POST",
    headers: authHeaders(baseUrl),
    body: JSON.stringify({ name: "Test User", email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-up answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { user: { id: string } };
  return { userId: body.user.id, email, password, cookie: sessionCookie(response) };
}

export async function signIn(
  baseUrl: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { ...authHeaders(baseUrl), ...headers },
    body: JSON.stringify({ email, password }),
  });
}

export async function getToken(baseUrl: string, cookie: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/token`, { headers: { cookie } });
  if (response.status !== 200) throw new Error(`token answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** A new user with a bearer token: what most API tests start from. */
export async function signUpWithToken(baseUrl: string): Promise<Account & { token: string }> {
  const account = await signUp(baseUrl);
  return { ...account, token: await getToken(baseUrl, account.cookie) };
}

export { sessionCookie };
