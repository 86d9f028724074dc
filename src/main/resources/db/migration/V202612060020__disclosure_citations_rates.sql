-- The disclosure catalogue checked against Circular 09/2024/TT-BGDĐT (signed 03/06/2024, in force
-- 19/07/2024): each item cites the article it comes from, and the clause where a second source
-- confirmed it (otherwise the clause stays empty for the department to complete), per school
-- level (the same item comes from article 6 at a preschool, 8 at a general school, 10 at a
-- continuing-education centre); items missing from articles 4 and 5 are added; tables get the
-- rates the circular asks for; preschool tables speak of children, not pupils. See
-- docs/disclosure.md for the sources and what could not be confirmed.

-- Which article and clause of the basis an item comes from, for the levels listed.
CREATE TABLE disclosure_citation (
    id         BIGINT        NOT NULL PRIMARY KEY,
    item_id    BIGINT        NOT NULL,
    levels     VARCHAR(200)  NOT NULL,
    article    INT           NOT NULL,
    clause     INT,
    point      VARCHAR(5),
    CONSTRAINT fk_disclosure_citation_item FOREIGN KEY (item_id) REFERENCES disclosure_item (id)
);
CREATE INDEX ix_disclosure_citation_item ON disclosure_citation (item_id);

-- Items that only public or only private schools publish (investors: private schools).
ALTER TABLE disclosure_item ADD COLUMN ownerships VARCHAR(40) DEFAULT 'PUBLIC,PRIVATE' NOT NULL;
-- Where the deadline rule comes from; empty: a setting of the department (none is cited yet).
ALTER TABLE disclosure_item ADD COLUMN deadline_source VARCHAR(300);
-- The table shape a version was saved with: a later shape never makes an older version unreadable.
ALTER TABLE disclosure_entry ADD COLUMN table_kind VARCHAR(30);
UPDATE disclosure_entry SET table_kind = (SELECT i.table_kind FROM disclosure_item i WHERE i.id = disclosure_entry.item_id);

-- Article 4: general information.
UPDATE disclosure_item SET title = 'Tên, địa chỉ trụ sở chính và các điểm trường, số điện thoại, thư điện tử, trang thông tin điện tử' WHERE id = 511;
UPDATE disclosure_item SET title = 'Loại hình, cơ quan quản lý trực tiếp; quyết định thành lập hoặc cho phép thành lập, cho phép hoạt động giáo dục' WHERE id = 512;
UPDATE disclosure_item SET title = 'Sứ mạng, tầm nhìn, mục tiêu giáo dục của nhà trường' WHERE id = 513;
UPDATE disclosure_item SET title = 'Tổ chức bộ máy: sơ đồ tổ chức; họ và tên, chức vụ, nhiệm vụ, điện thoại, thư điện tử của lãnh đạo nhà trường' WHERE id = 514;
UPDATE disclosure_item SET title = 'Quy chế tổ chức và hoạt động, quy chế dân chủ, quy chế chi tiêu nội bộ và các quy định nội bộ khác' WHERE id = 515;
INSERT INTO disclosure_item (id, basis_code, group_no, code, title, levels, kind, table_kind, deadline_month, deadline_day, deadline_year_offset, update_days, sort_order, active, ownerships) VALUES
 (516, '09/2024', 1, '1.6', 'Tóm tắt quá trình hình thành và phát triển của nhà trường', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TEXT', NULL, 6, 30, 0, 10, 16, TRUE, 'PUBLIC,PRIVATE'),
 (517, '09/2024', 1, '1.7', 'Người đại diện theo pháp luật và người phát ngôn (người được giao cung cấp thông tin): họ và tên, chức vụ, điện thoại, thư điện tử công vụ', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TEXT', NULL, 6, 30, 0, 10, 17, TRUE, 'PUBLIC,PRIVATE'),
 (518, '09/2024', 1, '1.8', 'Hội đồng trường: quyết định thành lập, danh sách thành viên, các nghị quyết, quyết định của hội đồng trường', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TEXT', NULL, 6, 30, 0, 10, 18, TRUE, 'PUBLIC,PRIVATE'),
 (519, '09/2024', 1, '1.9', 'Nhà đầu tư: tên nhà đầu tư, tổng vốn đầu tư, cam kết của nhà đầu tư (trường dân lập, tư thục)', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TEXT', NULL, 6, 30, 0, 10, 19, TRUE, 'PRIVATE');

-- Article 5: revenue and spending.
UPDATE disclosure_item SET title = 'Tình hình tài chính: nguồn thu, các khoản thu trong năm' WHERE id = 521;
UPDATE disclosure_item SET title = 'Mức học phí và các khoản thu khác của năm học và dự kiến cho từng năm học tiếp theo; căn cứ pháp lý' WHERE id = 522;
UPDATE disclosure_item SET title = 'Dự toán, quyết toán ngân sách; các khoản chi trong năm tài chính' WHERE id = 523;
UPDATE disclosure_item SET title = 'Chính sách và kết quả miễn, giảm, hỗ trợ học phí, hỗ trợ chi phí học tập, học bổng; tài trợ đã nhận' WHERE id = 524;
INSERT INTO disclosure_item (id, basis_code, group_no, code, title, levels, kind, table_kind, deadline_month, deadline_day, deadline_year_offset, update_days, sort_order, active, ownerships) VALUES
 (525, '09/2024', 2, '2.5', 'Số dư các quỹ theo quy định', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TEXT', NULL, 6, 30, 0, 10, 25, TRUE, 'PUBLIC,PRIVATE');

-- Articles 6, 8 and 10: conditions for quality (preschool, general school, continuing education).
UPDATE disclosure_item SET title = 'Đội ngũ cán bộ quản lý, giáo viên, nhân viên: số lượng, trình độ đào tạo, số lượng và tỷ lệ đạt chuẩn nghề nghiệp, được bồi dưỡng trong năm', table_kind = 'STAFF_QUALITY' WHERE id = 531;
UPDATE disclosure_item SET title = 'Phòng học, phòng chức năng, đồ dùng, thiết bị hiện có so với mức tối thiểu theo quy định', table_kind = 'FACILITIES' WHERE id = 532;
UPDATE disclosure_item SET title = 'Sách giáo khoa, tài liệu học tập sử dụng trong năm học', levels = 'PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING' WHERE id = 533;
UPDATE disclosure_item SET title = 'Kết quả tự đánh giá, đánh giá ngoài, kiểm định chất lượng giáo dục; công nhận đạt chuẩn quốc gia' WHERE id = 534;
UPDATE disclosure_item SET title = 'Chế độ dinh dưỡng, thực đơn và khẩu phần ăn của trẻ' WHERE id = 535;
INSERT INTO disclosure_item (id, basis_code, group_no, code, title, levels, kind, table_kind, deadline_month, deadline_day, deadline_year_offset, update_days, sort_order, active, ownerships) VALUES
 (536, '09/2024', 3, '3.6', 'Diện tích khu đất, diện tích sàn xây dựng, sân chơi bình quân trên một người học so với mức tối thiểu', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TABLE', 'AREAS', 6, 30, 0, 10, 32, TRUE, 'PUBLIC,PRIVATE');

-- Articles 7, 9 and 11: plans and results.
UPDATE disclosure_item SET title = 'Kế hoạch tuyển sinh: đối tượng, chỉ tiêu, địa bàn, thời gian' WHERE id = 541;
UPDATE disclosure_item SET title = 'Kế hoạch giáo dục của nhà trường trong năm học' WHERE id = 542;
UPDATE disclosure_item SET title = 'Kết quả năm học trước theo độ tuổi hoặc khối lớp: số lượng và tỷ lệ', table_kind = 'OUTCOMES' WHERE id = 543;
UPDATE disclosure_item SET title = 'Kết quả kỳ thi tốt nghiệp trung học phổ thông năm trước' WHERE id = 544;

-- Article 14: the annual report.
UPDATE disclosure_item SET title = 'Báo cáo thường niên (bản PDF có chữ ký, theo mẫu phụ lục của Thông tư)' WHERE id = 551;

INSERT INTO disclosure_citation (id, item_id, levels, article, clause, point) VALUES
 (701, 511, 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 4, NULL, NULL),
 (702, 512, 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 4, NULL, NULL),
 (703, 513, 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 4, NULL, NULL),
 (704, 514, 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 4, 7, 'e'),
 (705, 515, 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 4, NULL, NULL),
 (706, 516, 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 4, NULL, NULL),
 (707, 517, 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 4, 6, NULL),
 (708, 518, 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 4, NULL, NULL),
 (709, 519, 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 4, NULL, NULL),
 (711, 521, 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 5, 1, NULL),
 (712, 522, 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 5, 2, NULL),
 (713, 523, 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 5, 1, NULL),
 (714, 524, 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 5, 3, NULL),
 (715, 525, 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 5, 4, NULL),
 (721, 531, 'PRESCHOOL', 6, NULL, NULL),
 (722, 531, 'PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY', 8, 1, NULL),
 (723, 531, 'CONTINUING', 10, NULL, NULL),
 (724, 532, 'PRESCHOOL', 6, NULL, NULL),
 (725, 532, 'PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY', 8, 2, NULL),
 (726, 532, 'CONTINUING', 10, NULL, NULL),
 (727, 533, 'PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY', 8, 2, NULL),
 (728, 533, 'CONTINUING', 10, NULL, NULL),
 (729, 534, 'PRESCHOOL', 6, NULL, NULL),
 (730, 534, 'PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY', 8, 3, NULL),
 (731, 534, 'CONTINUING', 10, NULL, NULL),
 (732, 535, 'PRESCHOOL', 7, NULL, NULL),
 (733, 536, 'PRESCHOOL', 6, NULL, NULL),
 (734, 536, 'PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY', 8, 2, NULL),
 (735, 536, 'CONTINUING', 10, NULL, NULL),
 (741, 541, 'PRESCHOOL', 7, NULL, NULL),
 (742, 541, 'PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY', 9, 1, NULL),
 (743, 541, 'CONTINUING', 11, NULL, NULL),
 (744, 542, 'PRESCHOOL', 7, NULL, NULL),
 (745, 542, 'PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY', 9, 1, NULL),
 (746, 542, 'CONTINUING', 11, NULL, NULL),
 (747, 543, 'PRESCHOOL', 7, NULL, NULL),
 (748, 543, 'PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY', 9, 2, NULL),
 (749, 543, 'CONTINUING', 11, NULL, NULL),
 (750, 544, 'UPPER_SECONDARY', 9, 2, NULL),
 (751, 544, 'CONTINUING', 11, NULL, NULL),
 (761, 551, 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 14, NULL, NULL);
