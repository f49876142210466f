import { finishFile } from "./openapi/finish-file";

// `pnpm build` runs this right after `openapi-gen generate`.
await finishFile(process.argv[2] ?? "public/openapi.json");
