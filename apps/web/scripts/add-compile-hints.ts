import { addCompileHints } from "./compile-hints/compile-hints";

// `pnpm build` runs this right after `next build`: the pages' scripts compile off the main thread (decision 028).
const dir = process.argv[2] ?? ".next/static/chunks";
console.log(`compile hints added to ${await addCompileHints(dir)} scripts in ${dir}`);
