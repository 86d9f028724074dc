-- Public disclosures (công khai): the catalogue as data, versioned by legal basis, and what each
-- school publishes per school year. Catalogue ids are below the generator's first block (1000).
CREATE TABLE disclosure_basis (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(30)  NOT NULL,
    title       VARCHAR(300) NOT NULL,
    from_year   INT          NOT NULL,
    to_year     INT,
    CONSTRAINT uq_disclosure_basis_code UNIQUE (code)
);

CREATE TABLE disclosure_item (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    basis_code           VARCHAR(30)  NOT NULL,
    group_no             INT          NOT NULL,
    code                 VARCHAR(10)  NOT NULL,
    title                VARCHAR(300) NOT NULL,
    levels               VARCHAR(200) NOT NULL,
    kind                 VARCHAR(20)  NOT NULL,
    table_kind           VARCHAR(20),
    deadline_month       INT          NOT NULL,
    deadline_day         INT          NOT NULL,
    deadline_year_offset INT          NOT NULL,
    update_days          INT          NOT NULL,
    sort_order           INT          NOT NULL,
    active               BOOLEAN      NOT NULL,
    CONSTRAINT uq_disclosure_item_code UNIQUE (basis_code, code)
);

CREATE TABLE disclosure_section (
    id          BIGINT       NOT NULL PRIMARY KEY,
    site_id     BIGINT       NOT NULL,
    start_year  INT          NOT NULL,
    basis_code  VARCHAR(30)  NOT NULL,
    opened_by   VARCHAR(60)  NOT NULL,
    opened_at   DATETIME(3)  NOT NULL,
    CONSTRAINT uq_disclosure_section_year UNIQUE (site_id, start_year),
    CONSTRAINT fk_disclosure_section_site FOREIGN KEY (site_id) REFERENCES site (id)
);

-- One row per version of an item: DRAFT (at most one per item), PUBLISHED (at most one),
-- SUPERSEDED (older published versions, kept and shown).
CREATE TABLE disclosure_entry (
    id            BIGINT        NOT NULL PRIMARY KEY,
    site_id       BIGINT        NOT NULL,
    section_id    BIGINT        NOT NULL,
    item_id       BIGINT        NOT NULL,
    version_no    INT           NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    body          MEDIUMTEXT,
    figures       MEDIUMTEXT,
    media_id      BIGINT,
    file_name     VARCHAR(200),
    privacy_notes VARCHAR(1000),
    updated_by    VARCHAR(60)   NOT NULL,
    updated_at    DATETIME(3)   NOT NULL,
    published_at  DATETIME(3),
    superseded_at DATETIME(3),
    CONSTRAINT uq_disclosure_entry_version UNIQUE (section_id, item_id, version_no),
    CONSTRAINT fk_disclosure_entry_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_disclosure_entry_section FOREIGN KEY (section_id) REFERENCES disclosure_section (id),
    CONSTRAINT fk_disclosure_entry_item FOREIGN KEY (item_id) REFERENCES disclosure_item (id),
    CONSTRAINT fk_disclosure_entry_media FOREIGN KEY (media_id) REFERENCES media_file (id)
);
CREATE INDEX ix_disclosure_entry_site ON disclosure_entry (site_id, section_id, status);

-- Reminders the department sent to late schools.
CREATE TABLE disclosure_reminder (
    id          BIGINT        NOT NULL PRIMARY KEY,
    site_id     BIGINT        NOT NULL,
    start_year  INT           NOT NULL,
    late_items  INT           NOT NULL,
    recipients  VARCHAR(500)  NOT NULL,
    sent_by     VARCHAR(60)   NOT NULL,
    sent_at     DATETIME(3)   NOT NULL,
    CONSTRAINT fk_disclosure_reminder_site FOREIGN KEY (site_id) REFERENCES site (id)
);
CREATE INDEX ix_disclosure_reminder_site ON disclosure_reminder (site_id, start_year);

INSERT INTO disclosure_basis (id, code, title, from_year, to_year) VALUES
 (501, '36/2017', 'Thông tư 36/2017/TT-BGDĐT ban hành Quy chế thực hiện công khai đối với cơ sở giáo dục và đào tạo', 2017, 2023),
 (502, '09/2024', 'Thông tư 09/2024/TT-BGDĐT quy định về công khai trong hoạt động của các cơ sở giáo dục', 2024, NULL);

-- Circular 09/2024: five groups. Deadline: by 30 June before the school year starts (year offset 0),
-- updated within 10 working days of a change.
INSERT INTO disclosure_item (id, basis_code, group_no, code, title, levels, kind, table_kind, deadline_month, deadline_day, deadline_year_offset, update_days, sort_order, active) VALUES
 (511, '09/2024', 1, '1.1', 'Tên, địa chỉ, điện thoại, thư điện tử, trang thông tin điện tử của nhà trường', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TEXT', NULL, 6, 30, 0, 10, 11, TRUE),
 (512, '09/2024', 1, '1.2', 'Loại hình, cơ quan quản lý trực tiếp, quyết định thành lập', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TEXT', NULL, 6, 30, 0, 10, 12, TRUE),
 (513, '09/2024', 1, '1.3', 'Sứ mạng, tầm nhìn, mục tiêu giáo dục', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TEXT', NULL, 6, 30, 0, 10, 13, TRUE),
 (514, '09/2024', 1, '1.4', 'Cơ cấu tổ chức, lãnh đạo nhà trường', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TEXT', NULL, 6, 30, 0, 10, 14, TRUE),
 (515, '09/2024', 1, '1.5', 'Quy chế, nội quy, quy định nội bộ', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TEXT', NULL, 6, 30, 0, 10, 15, TRUE),
 (521, '09/2024', 2, '2.1', 'Nguồn thu và các khoản thu trong năm học', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TEXT', NULL, 6, 30, 0, 10, 21, TRUE),
 (522, '09/2024', 2, '2.2', 'Mức học phí, các khoản thu khác và căn cứ pháp lý', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TEXT', NULL, 6, 30, 0, 10, 22, TRUE),
 (523, '09/2024', 2, '2.3', 'Dự toán, quyết toán ngân sách; các khoản chi', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TEXT', NULL, 6, 30, 0, 10, 23, TRUE),
 (524, '09/2024', 2, '2.4', 'Chính sách miễn, giảm, hỗ trợ; tài trợ đã nhận', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TEXT', NULL, 6, 30, 0, 10, 24, TRUE),
 (531, '09/2024', 3, '3.1', 'Đội ngũ theo vị trí việc làm và trình độ đào tạo', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TABLE', 'STAFF', 6, 30, 0, 10, 31, TRUE),
 (532, '09/2024', 3, '3.2', 'Diện tích đất, phòng học, phòng chức năng và thiết bị', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TABLE', 'ROOMS', 6, 30, 0, 10, 32, TRUE),
 (533, '09/2024', 3, '3.3', 'Danh mục sách giáo khoa sử dụng', 'PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TEXT', NULL, 6, 30, 0, 10, 33, TRUE),
 (534, '09/2024', 3, '3.4', 'Kiểm định chất lượng, công nhận đạt chuẩn quốc gia', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TEXT', NULL, 6, 30, 0, 10, 34, TRUE),
 (535, '09/2024', 3, '3.5', 'Chế độ dinh dưỡng, khẩu phần ăn của trẻ', 'PRESCHOOL', 'TEXT', NULL, 6, 30, 0, 10, 35, TRUE),
 (541, '09/2024', 4, '4.1', 'Kế hoạch tuyển sinh: chỉ tiêu, địa bàn, thời gian', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TEXT', NULL, 6, 30, 0, 10, 41, TRUE),
 (542, '09/2024', 4, '4.2', 'Kế hoạch giáo dục của nhà trường', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TEXT', NULL, 6, 30, 0, 10, 42, TRUE),
 (543, '09/2024', 4, '4.3', 'Kết quả giáo dục năm học trước theo khối lớp', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TABLE', 'RESULTS', 6, 30, 0, 10, 43, TRUE),
 (544, '09/2024', 4, '4.4', 'Kết quả kỳ thi tốt nghiệp trung học phổ thông', 'UPPER_SECONDARY,CONTINUING', 'TEXT', NULL, 6, 30, 0, 10, 44, TRUE),
 (551, '09/2024', 5, '5.1', 'Báo cáo thường niên (bản PDF có chữ ký, theo mẫu phụ lục của Thông tư)', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'FILE', NULL, 6, 30, 0, 10, 51, TRUE);

-- Circular 36/2017, for school years before 2024–2025 (its forms 01–09 grouped the same way).
INSERT INTO disclosure_item (id, basis_code, group_no, code, title, levels, kind, table_kind, deadline_month, deadline_day, deadline_year_offset, update_days, sort_order, active) VALUES
 (561, '36/2017', 1, '1.1', 'Cam kết chất lượng giáo dục (biểu mẫu 01/05/09)', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TEXT', NULL, 6, 30, 0, 10, 11, TRUE),
 (562, '36/2017', 2, '2.1', 'Công khai thu chi tài chính', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TEXT', NULL, 6, 30, 0, 10, 21, TRUE),
 (563, '36/2017', 3, '3.1', 'Công khai đội ngũ nhà giáo, cán bộ quản lý và nhân viên (biểu mẫu 04/08/12)', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TABLE', 'STAFF', 6, 30, 0, 10, 31, TRUE),
 (564, '36/2017', 3, '3.2', 'Công khai cơ sở vật chất (biểu mẫu 03/07/11)', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TABLE', 'ROOMS', 6, 30, 0, 10, 32, TRUE),
 (565, '36/2017', 4, '4.1', 'Công khai chất lượng giáo dục thực tế (biểu mẫu 02/06/10)', 'PRESCHOOL,PRIMARY,LOWER_SECONDARY,UPPER_SECONDARY,CONTINUING', 'TABLE', 'RESULTS', 6, 30, 0, 10, 41, TRUE);
