-- wrk script: look-ups by many different families, each its own request, from a file of
-- "path<TAB>form body" lines ($LOOKUPS, made by the benchmark); counts the pages answered (200
-- with the look-up form on them), those refused by a throttle (429) and the others, per thread,
-- and prints them at the end. ACCEPT_ENCODING, when set, is sent as a phone's browser sends it
-- ("gzip, deflate, br"): a compressed page counts as answered when it is a 200 with its coding.
local lines = {}
for line in io.lines(os.getenv("LOOKUPS")) do
  local path, body = line:match("^([^\t]+)\t(.*)$")
  if path then lines[#lines + 1] = {path, body} end
end
local threads = {}
local accept = os.getenv("ACCEPT_ENCODING")
-- globals, not locals: done() reads them from each thread with thread:get
i, answered, throttled, other = 0, 0, 0, 0

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  i = math.random(#lines)
end

request = function()
  i = i % #lines + 1
  local l = lines[i]
  local headers = {["Content-Type"] = "application/x-www-form-urlencoded",
    ["Origin"] = "http://" .. wrk.host .. ":" .. wrk.port}
  if accept and accept ~= "" then headers["Accept-Encoding"] = accept end
  return wrk.format("POST", l[1], headers, l[2])
end

response = function(status, headers, body)
  if status == 200 and (body:find('id="result"', 1, true) or (headers["Content-Encoding"] and accept)) then
    answered = answered + 1
  elseif status == 429 then
    throttled = throttled + 1
  else
    other = other + 1
  end
end

done = function(summary, latency, requests)
  local f, t, o = 0, 0, 0
  for _, thread in ipairs(threads) do
    f = f + thread:get("answered"); t = t + thread:get("throttled"); o = o + thread:get("other")
  end
  io.write(string.format("[lookups] pages answered: %d; refused by a throttle: %d; other answers: %d\n", f, t, o))
end
