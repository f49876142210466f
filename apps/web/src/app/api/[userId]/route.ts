import { unknownPath } from "@/server/http/unknown-path";

// No resource lives here: JSON 404s rather than Next.js's HTML page (see unknown-path.ts).
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = unknownPath();
