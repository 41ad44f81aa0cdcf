-- wrk: POST /api/v1/screenings rotating real request bodies (one JSON object per line of BODIES).
-- Each thread starts at a different line so the threads do not screen in lock-step.
local bodies = {}
local counter = 0

function init(args)
  for line in io.lines(os.getenv("BODIES")) do
    bodies[#bodies + 1] = line
  end
  counter = math.random(#bodies)
end

request = function()
  counter = counter % #bodies + 1
  return wrk.format("POST", "/api/v1/screenings", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. os.getenv("TOKEN")
  }, bodies[counter])
end

done = function(summary, latency, requests)
  io.write(string.format("P99_MS %.3f\n", latency:percentile(99) / 1000))
  io.write(string.format("P50_MS %.3f\n", latency:percentile(50) / 1000))
  io.write(string.format("ERRORS %d\n", summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
