// Preloaded into each profiled server (`NODE_OPTIONS=--require …`: Node.js 20 refuses `--cpu-prof` there): V8's
// sampling profiler from the process's start, its profile written to `$BENCH_CPU_PROFILE_DIR/<pid>.cpuprofile` at exit.
const { writeFileSync } = require("node:fs");
const path = require("node:path");
const inspector = require("node:inspector");

const dir = process.env.BENCH_CPU_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.start");
  // A session on the process's own thread answers at once: the profile is there before the process ends.
  process.once("exit", () => {
    session.post("Profiler.stop", (error, result) => {
      if (!error) writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
