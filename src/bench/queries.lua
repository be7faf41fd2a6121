-- wrk script: cycles through the queries in the file named by WRK_QUERIES, one per line (UTF-8),
-- each sent as /api/search?q=... with every byte but A-Z a-z 0-9 - . _ ~ percent-encoded (RFC 3986),
-- so spaces, non-ASCII text, %, &, +, #, = and quotes reach the server as typed.
local function encode(text)
  return (text:gsub("[^A-Za-z0-9%-%._~]", function(c) return string.format("%%%02X", c:byte()) end))
end

local paths = {}
for line in io.lines(os.getenv("WRK_QUERIES")) do
  line = line:gsub("\r$", "")
  if #line > 0 then paths[#paths + 1] = "/api/search?q=" .. encode(line) end
end
assert(#paths > 0, "no queries in " .. tostring(os.getenv("WRK_QUERIES")))

local n = 0
request = function()
  n = n % #paths + 1
  return wrk.format("GET", paths[n])
end
