import { ApiReference } from "@scalar/nextjs-api-reference";

export const dynamic = "force-static";

// Offline by construction: the document and Scalar's bundle come from this app, and no web fonts are loaded.
export const GET = ApiReference({
  pageTitle: "Todo API reference",
  url: "/openapi.json",
  cdn: "/docs/scalar.js",
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  // Without these Scalar offers its hosted SDK/MCP services (and, on localhost, its developer tools).
  mcp: { disabled: true },
  showDeveloperTools: "never",
  favicon: "/icon.svg",
});
