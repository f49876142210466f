import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("fills the defaults of a local install from an empty environment", () => {
    expect(parseEnv({})).toEqual({
      NODE_ENV: "development",
      PORT: 3000,
      DATABASE_URL: undefined,
      DATABASE_URL_UNPOOLED: undefined,
      DATABASE_LISTEN: "auto",
      BETTER_AUTH_SECRET: undefined,
      BETTER_AUTH_URL: "http://localhost:3000",
      JWT_EXPIRATION: "15m",
      AUTH_RATE_LIMIT_MAX: 10,
      AUTH_RATE_LIMIT_WINDOW: 60,
      API_RATE_LIMIT_PER_MINUTE: 1000,
      TRUSTED_PROXIES: [],
      CLIENT_IP_HEADER: "x-forwarded-for",
      CORS_ALLOWED_ORIGINS: [],
      VAPID_PUBLIC_KEY: undefined,
      VAPID_PRIVATE_KEY: undefined,
      VAPID_SUBJECT: undefined,
      PUSH_ENDPOINT_HOSTS: [
        "fcm.googleapis.com",
        "updates.push.services.mozilla.com",
        "web.push.apple.com",
        "*.notify.windows.com",
      ],
      CRON_SECRET: undefined,
      REMINDER_DISPATCH_SECONDS: 10,
      SMTP_URL: undefined,
      MAIL_FROM: "Todo <no-reply@localhost>",
      REQUIRE_EMAIL_VERIFICATION: false,
      MAIL_RATE_LIMIT_MAX: 5,
      DEBUG: false,
      LOOPBACK_ORIGINS: ["http://127.0.0.1:3000", "http://[::1]:3000"],
    });
  });

  it("reads the mail settings, and refuses an SMTP_URL of another scheme in one line", () => {
    expect(
      parseEnv({
        SMTP_URL: "smtps://u:p@mail.example.com:465",
        MAIL_FROM: "Todo <todo@example.com>",
        REQUIRE_EMAIL_VERIFICATION: "true",
        MAIL_RATE_LIMIT_MAX: "3",
      }),
    ).toMatchObject({
      SMTP_URL: "smtps://u:p@mail.example.com:465",
      MAIL_FROM: "Todo <todo@example.com>",
      REQUIRE_EMAIL_VERIFICATION: true,
      MAIL_RATE_LIMIT_MAX: 3,
    });
    expect(() => parseEnv({ SMTP_URL: "http://mail.example.com" })).toThrow(
      "Invalid environment: SMTP_URL must be an smtp:// or smtps:// URL",
    );
  });

  it("takes BETTER_AUTH_URL however its scheme and host are spelled, as the URL standard writes them", () => {
    expect(parseEnv({ BETTER_AUTH_URL: "HTTPS://Todo.Example.COM:443/" }).BETTER_AUTH_URL).toBe(
      "https://todo.example.com",
    );
    expect(parseEnv({ BETTER_AUTH_URL: "Http://LOCALHOST:3000" }).BETTER_AUTH_URL).toBe("http://localhost:3000");
  });

  it("trusts the other loopback names of the port only while BETTER_AUTH_URL is unset", () => {
    expect(parseEnv({ PORT: "4100", BETTER_AUTH_URL: "" })).toMatchObject({
      BETTER_AUTH_URL: "http://localhost:4100",
      LOOPBACK_ORIGINS: ["http://127.0.0.1:4100", "http://[::1]:4100"],
    });
    expect(parseEnv({ BETTER_AUTH_URL: "http://localhost:3000" }).LOOPBACK_ORIGINS).toEqual([]);
    expect(parseEnv({ BETTER_AUTH_URL: "https://todo.example.com" }).LOOPBACK_ORIGINS).toEqual([]);
  });

  it("reads every variable it knows", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      PORT: "8080",
      DATABASE_URL: "postgres://u:p@db-pooler.example.com:5432/todo",
      DATABASE_URL_UNPOOLED: "postgres://u:p@db.example.com:5432/todo",
      DATABASE_LISTEN: "off",
      BETTER_AUTH_SECRET: "x".repeat(32),
      BETTER_AUTH_URL: "https://todo.example.com/",
      JWT_EXPIRATION: "1h",
      AUTH_RATE_LIMIT_MAX: "5",
      AUTH_RATE_LIMIT_WINDOW: "30",
      TRUSTED_PROXIES: "10.0.0.0/8, 192.168.1.5,,fd00::/8",
      CLIENT_IP_HEADER: "CF-Connecting-IP",
      CORS_ALLOWED_ORIGINS: "https://app.example.com, http://localhost:5173",
      VAPID_PUBLIC_KEY: "BPublic-key_1",
      VAPID_PRIVATE_KEY: "private-key_2",
      VAPID_SUBJECT: "mailto:ops@example.com",
      PUSH_ENDPOINT_HOSTS: "fcm.googleapis.com, *.Notify.Windows.com",
      CRON_SECRET: "c".repeat(16),
      REMINDER_DISPATCH_SECONDS: "0",
      SMTP_URL: "smtp://apikey:secret@smtp.example.com:587",
      DEBUG: "true",
    });
    expect(env).toMatchObject({
      PORT: 8080,
      DATABASE_URL_UNPOOLED: "postgres://u:p@db.example.com:5432/todo",
      DATABASE_LISTEN: "off",
      TRUSTED_PROXIES: ["10.0.0.0/8", "192.168.1.5", "fd00::/8"],
      CLIENT_IP_HEADER: "cf-connecting-ip",
      BETTER_AUTH_URL: "https://todo.example.com",
      JWT_EXPIRATION: "1h",
      CORS_ALLOWED_ORIGINS: ["https://app.example.com", "http://localhost:5173"],
      DEBUG: true,
      LOOPBACK_ORIGINS: [],
      VAPID_SUBJECT: "mailto:ops@example.com",
      PUSH_ENDPOINT_HOSTS: ["fcm.googleapis.com", "*.notify.windows.com"],
      REMINDER_DISPATCH_SECONDS: 0,
      SMTP_URL: "smtp://apikey:secret@smtp.example.com:587",
    });
  });

  it("allows push to the four browsers' push services unless PUSH_ENDPOINT_HOSTS says otherwise, and dispatches every 10 s", () => {
    expect(parseEnv({})).toMatchObject({
      PUSH_ENDPOINT_HOSTS: [
        "fcm.googleapis.com",
        "updates.push.services.mozilla.com",
        "web.push.apple.com",
        "*.notify.windows.com",
      ],
      REMINDER_DISPATCH_SECONDS: 10,
    });
  });

  it("reads CORS_ALLOWED_ORIGINS as origins the way browsers send them", () => {
    const list = " https://App.Example.com/ ,http://[::1]:8080,, https://api.example.com:443 ,";
    expect(parseEnv({ CORS_ALLOWED_ORIGINS: list }).CORS_ALLOWED_ORIGINS).toEqual([
      "https://app.example.com",
      "http://[::1]:8080",
      "https://api.example.com",
    ]);
  });

  it.each([
    ["express:*", false],
    ["-LH:*, LH:*:warn, LH:*:error", false],
    ["*", false],
    ["1", true],
    ["false", false],
  ])("reads DEBUG=%j as %s: a debug package namespace list is that package's, not a flag", (value, verbose) => {
    expect(parseEnv({ DEBUG: value }).DEBUG).toBe(verbose);
  });

  it.each([
    [{ DATABASE_URL: "mysql://localhost/todo" }, "Invalid environment: DATABASE_URL must be a postgres:// URL"],
    [
      { DATABASE_URL_UNPOOLED: "https://db.example.com/todo" },
      "Invalid environment: DATABASE_URL_UNPOOLED must be a postgres:// URL",
    ],
    [{ DATABASE_LISTEN: "no" }, "Invalid environment: DATABASE_LISTEN must be auto or off"],
    [{ BETTER_AUTH_URL: "localhost:3000" }, "Invalid environment: BETTER_AUTH_URL must be an http(s):// URL"],
    [{ BETTER_AUTH_SECRET: "short" }, "Invalid environment: BETTER_AUTH_SECRET must be at least 32 characters"],
    [{ JWT_EXPIRATION: "soon" }, 'Invalid environment: JWT_EXPIRATION must be a duration such as "15m", "1h" or "7d"'],
    [{ DEBUG: "yes" }, "Invalid environment: DEBUG"],
    ...[
      "*",
      "https://app.example.com/app",
      "app.example.com",
      "null",
      "https://user@app.example.com",
      "ftp://a.example",
    ].map((origin): [Record<string, string>, string] => [
      { CORS_ALLOWED_ORIGINS: `https://ok.example, ${origin}` },
      `Invalid environment: CORS_ALLOWED_ORIGINS has ${JSON.stringify(origin)}: list origins as scheme://host[:port], with no path and no "*"`,
    ]),
    [
      { TRUSTED_PROXIES: "10.0.0.1, 10.0.0.0/33" },
      'Invalid environment: TRUSTED_PROXIES has "10.0.0.0/33": list IP addresses or CIDR ranges',
    ],
    [{ CLIENT_IP_HEADER: "X Real IP" }, "Invalid environment: CLIENT_IP_HEADER must be a header name"],
    [
      { NODE_ENV: "production", DATABASE_URL: "postgres://db.example.com/todo" },
      "Invalid environment: BETTER_AUTH_SECRET is required in production",
    ],
    [
      { NODE_ENV: "production", DATABASE_URL: "postgres://db.example.com/todo", BETTER_AUTH_SECRET: "x".repeat(32) },
      "Invalid environment: VAPID_PUBLIC_KEY is required in production; VAPID_PRIVATE_KEY is required in production; VAPID_SUBJECT is required in production",
    ],
    [{ VAPID_PUBLIC_KEY: "abc" }, "Invalid environment: VAPID_PRIVATE_KEY and VAPID_PUBLIC_KEY must be set together"],
    [
      { VAPID_SUBJECT: "ops@example.com" },
      "Invalid environment: VAPID_SUBJECT must be a mailto: address or an https:// URL",
    ],
    [
      { PUSH_ENDPOINT_HOSTS: "fcm.googleapis.com, https://evil.example" },
      'Invalid environment: PUSH_ENDPOINT_HOSTS has "https://evil.example": list host names, or *.domain',
    ],
    [{ CRON_SECRET: "short" }, "Invalid environment: CRON_SECRET must be at least 16 characters"],
    [{ METRICS_TOKEN: "two words of a secret" }, "Invalid environment: METRICS_TOKEN must be one word"],
    [{ REMINDER_DISPATCH_SECONDS: "60" }, "Invalid environment: REMINDER_DISPATCH_SECONDS"],
  ])("refuses %o with one line naming the variable", (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
  });

  it("allows production without a secret on the embedded database (a local install)", () => {
    expect(parseEnv({ NODE_ENV: "production" }).BETTER_AUTH_SECRET).toBeUndefined();
  });

  it("starts without SMTP_URL anywhere: mail then goes to the outbox (and, but for a deployment, the log)", () => {
    expect(parseEnv({ NODE_ENV: "production" }).SMTP_URL).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: "postgres://localhost/todo" }).SMTP_URL).toBeUndefined();
    const deployment = {
      NODE_ENV: "production",
      DATABASE_URL: "postgres://db.example.com/todo",
      BETTER_AUTH_SECRET: "x".repeat(32),
      VAPID_PUBLIC_KEY: "BPublic-key_1",
      VAPID_PRIVATE_KEY: "private-key_2",
      VAPID_SUBJECT: "mailto:ops@example.com",
    };
    expect(parseEnv(deployment).SMTP_URL).toBeUndefined();
    expect(parseEnv({ ...deployment, SMTP_URL: "smtps://u:p@mail.example.com:465" }).SMTP_URL).toBe(
      "smtps://u:p@mail.example.com:465",
    );
  });
});

describe("a bad environment at start", () => {
  it.each([
    [{ BETTER_AUTH_URL: "not a url" }, "Invalid environment: BETTER_AUTH_URL must be an http(s):// URL"],
    [
      { CORS_ALLOWED_ORIGINS: "https://app.example.com/app" },
      'Invalid environment: CORS_ALLOWED_ORIGINS has "https://app.example.com/app": list origins as scheme://host[:port], with no path and no "*"',
    ],
  ])("stops next start with exit code 1 and one line naming the variable (%o)", (bad, message) => {
    const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
    const result = spawnSync(process.execPath, [next, "start", "-p", "0"], {
      cwd: path.resolve(import.meta.dirname, ".."),
      env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...bad },
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([message]);
  });
});
