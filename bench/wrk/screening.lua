-- wrk: POST /api/v1/screenings rotating real request bodies (one JSON object per line of BODIES).
-- Each thread starts at a different line so the threads do not screen in lock-step.
local bodies = {}
local counter = 0

function init(args)
  bodies = read_bodies()
  counter = math.random(#bodies)
end

request = function()
  counter = counter % #bodies + 1
  return wrk.format("POST", "/api/v1/screenings", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. os.getenv("TOKEN")
  }, bodies[counter])
end

dofile("bench/wrk/bodies.lua")
dofile("bench/wrk/report.lua")
