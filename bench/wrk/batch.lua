-- wrk: POST /api/v1/screenings/batch with NDJSON batches of BATCH_SIZE (default 100) real queries, rotating through
-- the lines of BODIES (one JSON request object per line). Each thread starts at a different line.
local bodies = {}
local counter = 0
local size = tonumber(os.getenv("BATCH_SIZE") or "100")

function init(args)
  bodies = read_bodies()
  counter = math.random(#bodies)
end

request = function()
  local lines = {}
  for i = 1, size do
    counter = counter % #bodies + 1
    lines[i] = bodies[counter]
  end
  return wrk.format("POST", "/api/v1/screenings/batch", {
    ["Content-Type"] = "application/x-ndjson",
    ["Authorization"] = "Bearer " .. os.getenv("TOKEN")
  }, table.concat(lines, "\n") .. "\n")
end

dofile("bench/wrk/bodies.lua")
dofile("bench/wrk/report.lua")
