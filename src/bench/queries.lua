-- wrk script: cycles through the queries in the file named by WRK_QUERIES, one per line.
local queries = {}
for line in io.lines(os.getenv("WRK_QUERIES")) do
  if #line > 0 then queries[#queries + 1] = line end
end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/search?q=" .. queries[(n % #queries) + 1])
end
