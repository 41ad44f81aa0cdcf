-- wrk: the request bodies of a bench/wrk script, one per line of the file named by BODIES. Loaded with dofile() by
-- the scripts (each wrk thread has its own Lua state and reads the file once, in init).
function read_bodies()
  local bodies = {}
  for line in io.lines(os.getenv("BODIES")) do
    bodies[#bodies + 1] = line
  end
  return bodies
end
