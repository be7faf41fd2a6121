-- wrk script: a reader's mix of routes. Of every ten requests, seven search (the multi-word queries
-- in the file named by WRK_QUERIES), two ask for completions of a query's first letters, one asks
-- for the posts related to a post (the slugs in the file named by WRK_SLUGS). Text is
-- percent-encoded as in queries.lua. Counts the answers that are not 200 by route.
local function encode(text)
  return (text:gsub("[^A-Za-z0-9%-%._~]", function(c) return string.format("%%%02X", c:byte()) end))
end

local function lines(file)
  local all = {}
  for line in io.lines(file) do
    line = line:gsub("\r$", "")
    if #line > 0 then all[#all + 1] = line end
  end
  assert(#all > 0, "nothing in " .. tostring(file))
  return all
end

local queries = lines(os.getenv("WRK_QUERIES"))
local slugs = lines(os.getenv("WRK_SLUGS"))
local n = 0

request = function()
  n = n + 1
  local kind = n % 10
  if kind == 0 then
    return wrk.format("GET", "/api/posts/" .. encode(slugs[n % #slugs + 1]) .. "/related")
  elseif kind <= 2 then
    local query = queries[n % #queries + 1]
    return wrk.format("GET", "/api/suggest?q=" .. encode(query:sub(1, 2 + n % 5)))
  end
  return wrk.format("GET", "/api/search?q=" .. encode(queries[n % #queries + 1]))
end
