import { rewriteToLatin1 } from "./latin1-chunks/latin1-chunks";

// `pnpm build` runs this after `next build`: V8 keeps the server's chunks as one byte per character (decision 029).
const dir = process.argv[2] ?? ".next/server";
const { rewritten, bytes, left } = await rewriteToLatin1(dir);
console.log(`${rewritten} scripts in ${dir} (${(bytes / 1e6).toFixed(1)} MB) rewritten to Latin-1`);
for (const { file, why } of left) console.log(`  left as built: ${file}: ${why}`);
