-- wrk script: cycles through the lines of the file named by WRK_QUERIES, each "SITE<TAB>QUERY",
-- sent as /api/search?site=SITE&q=QUERY (percent-encoded as in queries.lua).
local function encode(text)
  return (text:gsub("[^A-Za-z0-9%-%._~]", function(c) return string.format("%%%02X", c:byte()) end))
end

local paths = {}
for line in io.lines(os.getenv("WRK_QUERIES")) do
  local site, query = line:match("^([^\t]+)\t(.+)$")
  if site then paths[#paths + 1] = "/api/search?site=" .. encode(site) .. "&q=" .. encode(query) end
end
assert(#paths > 0, "no queries in " .. tostring(os.getenv("WRK_QUERIES")))

local n = 0
request = function()
  n = n % #paths + 1
  return wrk.format("GET", paths[n])
end
