-- wrk: POST /api/v1/trades rotating real trade bodies (one JSON object per line of BODIES), each request with an
-- Idempotency-Key no other request uses (run id, thread id, counter), so every request registers a new trade.
local bodies = {}
local counter = 0
local threads = {}
local run = os.getenv("RUN_ID") or tostring(os.time())

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  bodies = read_bodies()
  counter = (tid * 7919) % #bodies
end

request = function()
  counter = counter + 1
  return wrk.format("POST", "/api/v1/trades", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. os.getenv("TOKEN"),
    ["Idempotency-Key"] = run .. "-" .. tid .. "-" .. counter
  }, bodies[counter % #bodies + 1])
end

dofile("bench/wrk/bodies.lua")
dofile("bench/wrk/report.lua")
