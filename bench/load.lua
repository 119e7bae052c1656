-- 50 simulated users for bench_load.py: each connection is one user, signed in with its own
-- session, reading pages and logging minutes, with a think time between requests.
local users = {}
local counter = 0

function init(args)
  -- args: a file holding one "sessionid csrftoken" pair per line
  for line in io.lines(args[1]) do
    local session, csrf = line:match("(%S+) (%S+)")
    table.insert(users, {session = session, csrf = csrf})
  end
end

local pages = {"/", "/board/", "/contacts/?q=a", "/network/", "/applications/", "/"}

function request()
  counter = counter + 1
  local user = users[(counter % #users) + 1]
  local headers = {}
  headers["Cookie"] = "sessionid=" .. user.session .. "; csrftoken=" .. user.csrf
  if counter % 4 == 0 then
    -- A write: one minute of networking logged (then the page redirects).
    headers["X-CSRFToken"] = user.csrf
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    headers["Referer"] = "http://127.0.0.1/network/"
    return wrk.format("POST", "/network/session/", headers, "minutes=1")
  end
  return wrk.format("GET", pages[(counter % #pages) + 1], headers)
end

function delay()
  -- A person reads the page before the next click: 0.5 to 1.5 s.
  return math.random(500, 1500)
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d non2xx=%d p50=%.1f p99=%.1f\n",
    summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
