import Bowser from "bowser";

/** A session's user agent in words: "Chrome 131 on macOS", "Firefox on Android", "curl"; never the raw string. */
export function deviceName(userAgent: string | null | undefined): string {
  if (!userAgent) return "An unknown device";
  const { browser, os } = Bowser.parse(userAgent);
  const major = browser.version?.split(".")[0];
  const app = browser.name ? `${browser.name}${major ? ` ${major}` : ""}` : null;
  const system = os.name ? `${os.name}${os.name === "Windows" && os.versionName ? ` ${os.versionName}` : ""}` : null;
  if (app && system) return `${app} on ${system}`;
  if (app || system) return (app ?? system) as string;
  // A program (curl/8.5.0, node): its name without the version.
  return userAgent.split(/[/\s]/)[0] || "An unknown device";
}
