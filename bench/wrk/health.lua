-- wrk: GET /q/health/live, the HTTP ceiling of the same server (for the screening/ceiling ratio).
done = function(summary, latency, requests)
  io.write(string.format("P99_MS %.3f\n", latency:percentile(99) / 1000))
end
