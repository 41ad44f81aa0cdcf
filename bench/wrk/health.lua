-- wrk: GET /q/health/live, the HTTP ceiling of the same server (for the screening/ceiling ratio).
dofile("bench/wrk/report.lua")
