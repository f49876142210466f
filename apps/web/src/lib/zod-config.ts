import { z } from "zod";

// Zod tries `new Function("")` to see whether it may compile faster parsers; under the page's CSP
// (no 'unsafe-eval') that attempt is a violation the browser reports. Parse without it.
z.config({ jitless: true });
