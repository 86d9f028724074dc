-- wrk script: every request asks a different search (so the page cache cannot answer it).
local words = {"khai", "giang", "hoc", "sinh", "thong", "bao", "truong", "lop", "hoi", "thi", "giao", "vien",
               "phu", "huynh", "doc", "sach", "cay", "xanh", "nam", "moi", "le", "ke", "hoach", "kiem", "tra"}
local counter = 0
request = function()
  counter = counter + 1
  local a = words[math.random(#words)]
  local b = words[math.random(#words)]
  return wrk.format("GET", wrk.path .. "?q=" .. a .. "+" .. b .. "&n=" .. counter)
end
