-- wrk script of the load scripts: requests the paths listed in $URLS_FILE in turn and prints one result line,
-- "KIND requests/s p50 p95 p99 socket-errors non-2xx requests" (latencies in ms), KIND from $KIND.
local urls = {}
for line in io.lines(os.getenv("URLS_FILE")) do urls[#urls + 1] = line end
local next = 0
request = function()
  next = next % #urls + 1
  return wrk.format("GET", urls[next], { ["Accept-Encoding"] = "br" })
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("%s %.1f %.1f %.1f %.1f %d %d %d\n", os.getenv("KIND") or "requests",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, e.connect + e.read + e.write + e.timeout, e.status, summary.requests))
end
