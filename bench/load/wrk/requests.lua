-- wrk's script for one run of one operation (bench/load/drive.ts). The plan comes from the Lua file named
-- by BENCH_WRK_PLAN (written by bench/load/scenarios.ts): one entry per wrk thread, each thread keeping
-- one user (its token) and sending its requests in turn, so that its connections never work on the same task
-- at once. done() prints one line of JSON, after wrk's own report, for the bench to read.

local plan = dofile(os.getenv("BENCH_WRK_PLAN"))
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("slot", counter)
  table.insert(threads, thread)
end

local requests = {}
local next_request = 0
non2xx = 0

function init(args)
  for _, entry in ipairs(plan[slot]) do
    table.insert(requests, wrk.format(entry.method, entry.path, entry.headers, entry.body))
  end
end

function request()
  next_request = next_request % #requests + 1
  return requests[next_request]
end

function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end

function done(summary, latency, _)
  local total_non2xx = 0
  for _, thread in ipairs(threads) do total_non2xx = total_non2xx + thread:get("non2xx") end
  local e = summary.errors
  io.write(string.format(
    'BENCH_WRK {"requests":%d,"duration_us":%d,"errors":%d,"non2xx":%d,"p50_us":%d,"p99_us":%d}\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, total_non2xx,
    latency:percentile(50), latency:percentile(99)))
end
