#!/usr/bin/env bash
# The database's own ceiling for the admission submit on this machine: the statements one submit
# sends (taken from MariaDB's general log during bench/admission-burst.sh: 2 reads, then one
# transaction of a locked draft read, 5 reads, 1 update of the e-mail code, 3 inserts, 1 update),
# replayed by mysqlslap over CONNECTIONS connections with nothing else running: no portal, no
# HTTP, no JVM. The figure beside the burst's tells what fraction of the limit the portal reaches.
#
#   bash bench/db-ceiling.sh             # after bench/admission-burst.sh (uses its database)
#
# Rows it adds have ids from 10^12 up and are deleted at the end. Needs root on the local MariaDB.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-portal_bench}
CONNECTIONS=${CONNECTIONS:-64}
SUBMITS=${SUBMITS:-20000}
REPORT=${REPORT:-bench/report-admission.txt}
WORK=target/bench
mkdir -p "$WORK"
q() { mysql -uroot -N "$DB" -e "$1"; }
[ "$(q "select count(*) from admission_application")" -gt 0 ] || { echo "run bench/admission-burst.sh first"; exit 2; }
read -r dmin dmax <<< "$(q "select min(id), max(id) from form_draft")"
read -r omin omax <<< "$(q "select min(id), max(id) from one_time_code")"
read -r campaign site <<< "$(q "select campaign_id, site_id from admission_application limit 1")"

# One submit, as the portal sends it (column lists as EclipseLink writes them; values of a real application).
cat > "$WORK/submit.sql" <<SQL
SET @n = UUID_SHORT() % 100000000;
SET @id = 1000000000000 + 4 * @n, @d = FLOOR($dmin + RAND() * ($dmax - $dmin)), @o = FLOOR($omin + RAND() * ($omax - $omin));
SET @tok = CONCAT('slap-', @n), @pid = LPAD(@n, 12, '0'), @code = CONCAT('Z', LPAD(@n, 8, '0'));
SELECT * FROM admission_application WHERE draft_token = @tok;
SELECT * FROM form_draft WHERE id = @d;
START TRANSACTION;
SELECT * FROM form_draft WHERE id = @d FOR UPDATE;
SELECT * FROM admission_application WHERE draft_token = @tok;
SELECT * FROM admission_application WHERE campaign_id = $campaign AND active_child = @pid;
SELECT * FROM admission_review_record WHERE site_id = $site AND campaign_id = $campaign AND personal_id = @pid;
SELECT * FROM one_time_code WHERE purpose = 'admission' AND subject_key = CONCAT('draft:', @tok) ORDER BY created_at DESC, id DESC LIMIT 1;
UPDATE one_time_code SET tries = 1, used_at = NOW(3) WHERE id = @o;
SELECT * FROM admission_application WHERE code = @code;
INSERT INTO admission_application (id, active_child, birth_cert_path, birth_cert_type, birth_date, birth_place, birth_year, campaign_id, child_name, code, consent_at, consent_ip, consent_text, criteria, cur_province, cur_street, cur_ward, declarant_name, declarant_relation, draft_token, email, ethnicity, lottery_key, masked_name, mother_birth_year, mother_name, office_decision, perm_province, perm_street, perm_ward, personal_id, phone, preferences, residence_path, residence_type, sex, site_id, staff_decision, status, submitted_at, updated_at, zone_group, zone_note) VALUES (@id, @pid, 'admission/1087/53db429a-978e-4986-8a43-fa91efe19595.pdf', 'application/pdf', '2026-03-14', 'Bệnh viện Từ Dũ', 2026, $campaign, 'Nguyễn Văn Thử', @code, NOW(3), '127.0.0.1', 'Tôi cam đoan những thông tin đã khai là đúng sự thật. Tôi đồng ý để nhà trường và Sở Giáo dục và Đào tạo xử lý dữ liệu cá nhân của trẻ và gia đình chỉ cho việc tuyển sinh lớp 1, trong thời hạn lưu trữ của đợt tuyển sinh, danh sách công khai chỉ ghi họ và chữ cái đầu của tên cùng năm sinh.', '', 'TP Hồ Chí Minh', '77 Đường Riêng Tư', 'Phường Cao Điểm 2', 'Trần Thị Mẹ', 'Mẹ', @tok, 'ph1@bench.example.com', 'Kinh', SUBSTRING(SHA2(@tok, 256), 1, 16), 'Nguyễn V. T.', 1990, 'Trần Thị Mẹ', 0, 'TP Hồ Chí Minh', '77 Đường Riêng Tư', 'Phường Cao Điểm 2', @pid, '0901234567', '$site', 'admission/1087/2fab03d2-efce-4dbb-8b62-65fed253ea8d.png', 'image/png', 'MALE', $site, 0, 'SUBMITTED', NOW(3), NOW(3), 1, 'Nhóm 1 tại Trường Tiểu học Cao Điểm 2 vì Phường Cao Điểm 2 thuộc tuyến tuyển sinh của trường.');
UPDATE form_draft SET updated_at = NOW(3) WHERE id = @d;
INSERT INTO form_event (id, actor, at, form_kind, note, record_id, site_id, status) VALUES (@id + 1, 'parent', NOW(3), 'admission', NULL, @id, $site, 'SUBMITTED');
INSERT INTO mail_message (id, attempts, body, created_at, next_attempt_at, purpose, recipient, site_id, status, subject) VALUES (@id + 2, 0, 'Nhà trường Trường Tiểu học Cao Điểm 2 đã nhận hồ sơ tuyển sinh lớp 1, mã hồ sơ 3R95-XXR4. Trạng thái: Đã nộp, chờ xác minh. Tra cứu bằng mã hồ sơ và địa chỉ e-mail này trên trang Tuyển sinh của trường.\n\n-- \nThư tự động từ cổng thông tin của Sở Giáo dục và Đào tạo.', NOW(3), NOW(3), 'admission-status', 'ph1@bench.example.com', $site, 'PENDING', 'Hồ sơ tuyển sinh 3R95-XXR4');
COMMIT
SQL
statements=18  # the file read as mysqlslap splits it: 17 statements and the empty one after the last delimiter
per_client=$(( SUBMITS / CONNECTIONS ))
db_pid=$(pgrep -x mariadbd || pgrep -x mysqld)
cpu0=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$db_pid/stat")
t0=$(date +%s.%N)
mysqlslap -uroot --init-command="SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci" --create-schema="$DB" --concurrency="$CONNECTIONS" --iterations=1 --delimiter=";" \
  --query="$WORK/submit.sql" --number-of-queries=$(( per_client * CONNECTIONS * statements )) --silent > "$WORK/slap.txt"
elapsed=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{print b-a}')
cpu1=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$db_pid/stat")
added=$(q "select count(*) from admission_application where id >= 1000000000000")
q "delete from admission_application where id >= 1000000000000; delete from form_event where id >= 1000000000000; delete from mail_message where id >= 1000000000000"
line=$(awk -v n="$added" -v s="$elapsed" -v c="$CONNECTIONS" -v cpu="$(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN{print b-a}')" \
  'BEGIN{printf "[database ceiling] mysqlslap, %d connections, the submit'"'"'s 15 statements: %d submits in %.1f s = %.0f submits/s; MariaDB used %.1f s of CPU (%.2f ms a submit)", c, n, s, n / s, cpu, 1000 * cpu / n}')
{ echo "# database ceiling, $(date -u +%FT%TZ), $(nproc) cores, MariaDB $(mysql -N -uroot -e 'select version()'), innodb_flush_log_at_trx_commit=$(mysql -N -uroot -e 'select @@innodb_flush_log_at_trx_commit')"
  echo "$line"; echo; } | tee -a "$REPORT"
