-- wrk: what every bench/wrk script prints at the end, in the lines tools/bench.sh reads (P99_MS, P50_MS, ERRORS).
-- Loaded with dofile() by the scripts; tools/bench.sh runs wrk from the project root.
done = function(summary, latency, requests)
  io.write(string.format("P99_MS %.3f\n", latency:percentile(99) / 1000))
  io.write(string.format("P50_MS %.3f\n", latency:percentile(50) / 1000))
  io.write(string.format("ERRORS %d\n", summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
