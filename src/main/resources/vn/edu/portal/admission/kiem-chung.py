#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Kiểm chứng kết quả xét tuyển đầu cấp từ các tệp đã công bố (chỉ cần Python 3, không cần cài thêm gì).

Cách dùng:
  python3 kiem-chung.py xet-tuyen-2026.json xet-tuyen-2026.csv [ket-qua-xet-tuyen-2026.csv]
      Kiểm tra cam kết, tính lại hạt giống và toàn bộ kết quả xét tuyển, so với mã kiểm tra đã công bố.
  python3 kiem-chung.py xet-tuyen-2026.json xet-tuyen-2026.csv --ma ABCD-EF01-2345-6789
      Như trên, và cho biết số bốc thăm, thứ hạng và kết quả của trẻ có mã bốc thăm này.
  python3 kiem-chung.py phan-tuyen-2026-lop-6.json
      Đợt phân tuyến (lớp 6): áp lại quy tắc tuyến cho từng nhóm địa chỉ đã công bố, so với trường đã phân.
  python3 kiem-chung.py tao-bi-mat
      Tạo một bí mật mới và cam kết (SHA-256) của nó, cho Sở tự giữ bí mật.

Thuật toán (giống hệt máy chủ, vn.edu.portal.admission.PublishedAllocation):
  1. cam kết = SHA-256(bí mật); hạt giống = SHA-256(bí mật + "\\n" + giá trị công khai).
  2. số bốc thăm của trẻ = 16 chữ số hex đầu của SHA-256(hạt giống + "|" + mã bốc thăm của trẻ).
  3. mỗi trường xếp các trẻ đăng ký vào trường: nhóm (1 trước 2), rồi diện ưu tiên theo thứ tự đã công bố
     (diện của trẻ tính ở mọi trường, diện "@trường" chỉ tính ở trường đó), rồi số bốc thăm nhỏ hơn,
     rồi mã bốc thăm.
  4. xét theo nguyện vọng (thuật toán chấp nhận trì hoãn): trẻ lần lượt đăng ký vào nguyện vọng kế tiếp;
     trường giữ những trẻ xếp trên cùng trong chỉ tiêu, trẻ bị loại vào danh sách chờ của trường đó.
  5. chỗ được trả lại (không xác nhận nhập học) được trao cho trẻ đầu danh sách chờ, theo thứ tự mã bốc thăm.
  6. mã kiểm tra = SHA-256 của dữ liệu đầu vào nối với kết quả (mỗi tệp: dòng tiêu đề, rồi mỗi dòng một mã
     bốc thăm xếp theo mã); sửa một dòng đầu vào là mã kiểm tra đổi, dù kết quả có đổi hay không.
"""
import bisect
import collections
import decimal
import hashlib
import json
import re
import secrets
import sys
import unicodedata

INPUTS_HEADER = "lottery_key,preferences,groups,criteria,released"
RESULT_HEADER = "lottery_key,status,school,waiting"


def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def lottery_number(seed, key):
    return sha256(seed + "|" + key)[:16]


def inputs_text(rows):
    """The inputs as the portal writes them: the header, then one line per lottery key in order."""
    lines = [INPUTS_HEADER]
    for r in sorted(rows, key=lambda x: x["key"]):
        lines.append("%s,%s,%s,%s,%s" % (r["key"], " ".join(r["prefs"]), " ".join(str(g) for g in r["groups"]),
                                         " ".join(r["criteria"]), "1" if r["released"] else "0"))
    return "\n".join(lines) + "\n"


def read_inputs(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if not lines or lines[0].strip() != INPUTS_HEADER:
        raise SystemExit("Tệp dữ liệu đầu vào không đúng: dòng đầu phải là " + INPUTS_HEADER)
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        line = line.strip()
        if not line:
            continue
        fields = line.split(",")
        if len(fields) != 5:
            raise SystemExit("Dòng %d: cần 5 cột" % number)
        key, prefs, groups, criteria, released = fields
        rows.append({
            "key": key,
            "prefs": prefs.split(),
            "groups": [int(g) for g in groups.split()],
            "criteria": criteria.split(),
            "released": released == "1",
        })
    return rows


class Allocation:
    """Deferred acceptance with waiting lists, as in Allocation.java."""

    def __init__(self, seats, criteria_order, seed, applicants, preferences_allowed):
        self.seats = seats  # school index -> seats
        self.criteria_order = criteria_order
        self.seed = seed
        self.applicants = {}
        self.rank = {}  # (applicant, school) -> sort key
        self.placed = {}
        self.admitted = {s: [] for s in seats}
        self.waiting = {s: [] for s in seats}
        for a in sorted(applicants, key=lambda x: x["key"]):
            prefs = []
            for p in a["prefs"]:
                if p in seats and p not in prefs:
                    prefs.append(p)
            if not preferences_allowed:
                prefs = prefs[:1]
            a = dict(a, prefs=prefs)
            self.applicants[a["id"]] = a
            for school in prefs:
                mark = "".join(
                    "1" if (c in a["criteria"] or ("%s@%s" % (c, school)) in a["criteria"]) else "0"
                    for c in criteria_order)
                inverted = mark.replace("1", "x").replace("0", "1").replace("x", "0")
                self.rank[(a["id"], school)] = (a["groups"].get(school, 2), inverted,
                                                lottery_number(seed, a["key"]), a["key"], a["id"])
        self.defer()

    def add(self, lst, school, applicant):
        bisect.insort(lst, self.rank[(applicant, school)])

    def remove(self, lst, school, applicant):
        entry = self.rank.get((applicant, school))
        if entry is None:
            return
        i = bisect.bisect_left(lst, entry)
        if i < len(lst) and lst[i] == entry:
            del lst[i]

    def defer(self):
        free = collections.deque(self.applicants.keys())
        nxt = {}
        while free:
            a = free.popleft()
            prefs = self.applicants[a]["prefs"]
            index = nxt.get(a, 0)
            if index >= len(prefs):
                continue
            nxt[a] = index + 1
            school = prefs[index]
            held = self.admitted[school]
            self.add(held, school, a)
            self.placed[a] = school
            if len(held) > self.seats[school]:
                rejected = held.pop()[-1]
                self.placed.pop(rejected, None)
                self.add(self.waiting[school], school, rejected)
                free.appendleft(rejected)

    def release(self, a):
        school = self.placed.pop(a, None)
        for s, lst in self.waiting.items():
            self.remove(lst, s, a)
        if school is None:
            return
        self.remove(self.admitted[school], school, a)
        freed = collections.deque([school])
        while freed:
            free = freed.popleft()
            lst = self.waiting[free]
            if not lst or len(self.admitted[free]) >= self.seats[free]:
                continue
            nxt = lst.pop(0)[-1]
            came_from = self.placed.get(nxt)
            self.placed[nxt] = free
            self.add(self.admitted[free], free, nxt)
            prefs = self.applicants[nxt]["prefs"]
            for later in prefs[prefs.index(free) + 1:]:
                self.remove(self.waiting[later], later, nxt)
            if came_from is not None:
                self.remove(self.admitted[came_from], came_from, nxt)
                freed.append(came_from)


def run(round_info, rows):
    slugs = [s["slug"] for s in round_info["schools"]]
    seats = {s["slug"]: s["seats"] for s in round_info["schools"]}
    order = [c["code"] for c in round_info["criteria"]]
    ordered = sorted(rows, key=lambda r: r["key"])
    keys = set()
    applicants = []
    for i, r in enumerate(ordered):
        if r["key"] in keys:
            raise SystemExit("Mã bốc thăm xuất hiện hai lần: " + r["key"])
        keys.add(r["key"])
        groups = {}
        for p, g in zip(r["prefs"], r["groups"]):
            groups[p] = g
        applicants.append({"id": i, "key": r["key"], "prefs": r["prefs"], "groups": groups,
                           "criteria": set(r["criteria"])})
    allocation = Allocation(seats, order, round_info["seed"], applicants, round_info["preferencesAllowed"])
    for i, r in enumerate(ordered):
        if r["released"]:
            allocation.release(i)
    waiting = collections.defaultdict(dict)
    for slug in slugs:
        for position, entry in enumerate(allocation.waiting[slug], start=1):
            waiting[entry[-1]][slug] = position
    lines = [RESULT_HEADER]
    outcome = {}
    for i, r in enumerate(ordered):
        placed = allocation.placed.get(i)
        status = "released" if r["released"] else ("admitted" if placed is not None else "waiting")
        waits = {} if r["released"] else waiting.get(i, {})
        text = " ".join("%s:%d" % (slug, waits[slug]) for slug in sorted(waits))
        line = "%s,%s,%s,%s" % (r["key"], status, placed or "", text)
        lines.append(line)
        outcome[r["key"]] = line
    text = "\n".join(lines) + "\n"
    return text, sha256(inputs_text(rows) + text), outcome, allocation


def fold(text):
    """As the portal compares names (vn.edu.portal.platform.TextFolding): no accents, đ as d, lower case."""
    decomposed = unicodedata.normalize("NFD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))
    return plain.replace("đ", "d").replace("Đ", "D").lower().strip()


def name_key(name):
    """A ward or street name without accents, case, punctuation or its leading "Phường"/"Đường" (Zones.key)."""
    folded = re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]", " ", fold(name))).strip()
    for prefix in ("thi tran ", "phuong ", "xa ", "duong ", "pho ", "p ", "x ", "tt ", "d "):
        if folded.startswith(prefix) and len(folded) > len(prefix):
            folded = folded[len(prefix):]
            break
    return str(int(folded)) if folded.isdigit() else folded


def street_name(typed):
    """The street without the house number in front (Zones.streetName)."""
    s = re.sub(r"^(số|so)\s+", "", (typed or "").strip(), flags=re.IGNORECASE)
    return re.sub(r"^[0-9][0-9A-Za-z/\-]*[,\s]+", "", s)


def same_name(a, b):
    x = name_key(a)
    return x != "" and x == name_key(b)


def zone_contains(school, ward, street):
    for area in school["zone"]:
        if same_name(area["ward"], ward) and (not area["streets"]
                                              or any(same_name(s, street_name(street)) for s in area["streets"])):
            return True
    return False


def school_for(schools, ward, street):
    """The assignment rule (Assignments.schoolFor): the zone holding the address; first by name, then id."""
    for school in sorted(schools, key=lambda s: (s["name"], s["id"])):
        if zone_contains(school, ward, street):
            return school["slug"]
    return None


def check_assignment(info):
    """A round by assignment: every address group went where the published zones send it."""
    ok = True
    pupils = 0
    for row in info["rows"]:
        pupils += row["pupils"]
        expected = school_for(info["schools"], row["ward"], row["street"])
        if expected != row["zoneSchool"]:
            ok = False
            print("KHÁC: %s%s (%d học sinh): đã phân %s, theo tuyến đã công bố là %s." % (
                row["ward"], ", " + row["street"] if row["street"] else "", row["pupils"],
                row["zoneSchool"] or "chưa có trường", expected or "chưa có trường"))
    print("Số nhóm địa chỉ: %d, số học sinh: %d." % (len(info["rows"]), pupils))
    if ok:
        print("Phân tuyến: KHỚP với quy tắc tuyến cho mọi nhóm địa chỉ.")
    else:
        print("Phân tuyến: có nhóm KHÁC quy tắc tuyến (xem các dòng trên).")
    # Lớp có chương trình riêng: xếp điểm từ cao xuống; điểm của chỗ cuối cùng là điểm chuẩn; mọi học sinh
    # bằng hoặc trên điểm chuẩn trúng tuyển (bằng điểm ở chỗ cuối: nhận tất cả); học sinh không có điểm không xét.
    for special in info.get("specialClasses", []):
        if "scores" not in special:
            print("Lớp %s (%s): chưa xét." % (special["name"], special["school"]))
            continue
        scores = sorted(special["scores"], reverse=True)
        cutoff = scores[min(special["seats"], len(scores)) - 1] if scores else None
        admitted = sum(1 for x in scores if x >= cutoff) if scores else 0
        if cutoff == special["cutoff"] and admitted == special["admitted"]:
            print("Lớp %s (%s): %d chỗ, %d học sinh có điểm, điểm chuẩn %s, %d trúng tuyển: KHỚP." % (
                special["name"], special["school"], special["seats"], len(scores), cutoff, admitted))
        else:
            ok = False
            print("Lớp %s (%s): KHÁC: tính lại được điểm chuẩn %s, %d trúng tuyển; đã công bố %s, %d." % (
                special["name"], special["school"], cutoff, admitted, special["cutoff"], special["admitted"]))
    for school in info.get("now", []):
        print("Hiện tại %s: %d học sinh (%d đã xác nhận, %d chuyển đến theo đề nghị, %d do Sở xếp, %d vào lớp chương trình"
              " riêng)." % (school["slug"], school["pupils"], school["confirmed"], school["movedIn"],
                           school["placedByDepartment"], school.get("specialClass", 0)))
    return 0 if ok else 1


def main(argv):
    if len(argv) == 2 and argv[1] != "tao-bi-mat":
        with open(argv[1], encoding="utf-8") as f:
            info = json.load(f, parse_float=decimal.Decimal)
        if info.get("kind") == "assignment":
            return check_assignment(info)
    if len(argv) == 2 and argv[1] == "tao-bi-mat":
        secret = secrets.token_hex(32)
        print("Bí mật (giữ kín đến khi công bố):", secret)
        print("Cam kết (công bố trước khi mở đăng ký):", sha256(secret))
        return 0
    if len(argv) < 3:
        print(__doc__)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        round_info = json.load(f)
    rows = read_inputs(argv[2])
    ok = True
    secret = round_info.get("secret")
    public_value = round_info.get("publicValue")
    if secret is None or public_value is None:
        raise SystemExit("Sở chưa công bố bí mật và giá trị công khai của đợt này.")
    if sha256(secret) == round_info["commitment"].lower():
        print("Cam kết: khớp (SHA-256 của bí mật đã công bố bằng cam kết đã công bố trước khi mở đăng ký).")
    else:
        print("Cam kết: KHÔNG KHỚP.")
        ok = False
    seed = sha256(secret + "\n" + public_value)
    if seed == round_info["seed"]:
        print("Hạt giống: khớp (SHA-256 của bí mật và giá trị công khai \"%s\")." % public_value)
    else:
        print("Hạt giống: KHÔNG KHỚP (tính được %s)." % seed)
        ok = False
    round_info = dict(round_info, seed=seed)
    text, digest, outcome, allocation = run(round_info, rows)
    print("Số hồ sơ: %d. Mã kiểm tra kết quả tính lại: %s" % (len(rows), digest))
    if digest == round_info.get("resultDigest"):
        print("Kết quả: KHỚP với mã kiểm tra đã công bố.")
    else:
        print("Kết quả: KHÁC mã kiểm tra đã công bố (%s)." % round_info.get("resultDigest"))
        ok = False
    rest = argv[3:]
    if rest and not rest[0].startswith("--"):
        with open(rest[0], encoding="utf-8") as f:
            published = f.read()
        if published == text:
            print("Tệp kết quả đã công bố: trùng khớp từng dòng.")
        else:
            print("Tệp kết quả đã công bố: KHÁC kết quả tính lại.")
            ok = False
        rest = rest[1:]
    if len(rest) == 2 and rest[0] == "--ma":
        key = rest[1].replace("-", "").strip().lower()
        if key not in outcome:
            print("Không có mã bốc thăm %s trong dữ liệu." % rest[1])
        else:
            print("Số bốc thăm của mã %s: %s" % (rest[1], lottery_number(seed, key)))
            print("Kết quả:", outcome[key])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
