// Zod tries `new Function("")` to see whether it may compile faster parsers; under the page's CSP
// (no 'unsafe-eval') that attempt is a violation the browser reports. Parse without it.
//
// Zod 4 keeps its settings on `globalThis.__zod_globalConfig` (shared by every copy of it), read when it
// first parses: set there, they hold without loading Zod with the page (zod-config.test.ts checks that
// Zod reads them).
const zodGlobal = globalThis as typeof globalThis & { __zod_globalConfig?: { jitless?: boolean } };
zodGlobal.__zod_globalConfig ??= {};
zodGlobal.__zod_globalConfig.jitless = true;
