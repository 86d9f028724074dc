-- The working-day calendar as data the department edits (it was the configuration key
-- portal.calendar.holidays): ranges of public holidays (Tết included) and make-up working days
-- (a Saturday worked in exchange for a bridging day off), per calendar year, and the hours during
-- which a request counts as received the same day. Every server reads it into memory and drops
-- its copy when the change log says another server changed it.
CREATE TABLE calendar_entry (
    id             BIGINT        NOT NULL PRIMARY KEY,
    kind           VARCHAR(20)   NOT NULL,
    first_day      DATE          NOT NULL,
    last_day       DATE          NOT NULL,
    calendar_year  INT           NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    source         VARCHAR(300),
    updated_by     VARCHAR(60)   NOT NULL,
    updated_at     DATETIME(3)   NOT NULL
);
CREATE INDEX ix_calendar_entry_year ON calendar_entry (calendar_year, first_day);

-- One row (id 1): when the schools' offices receive requests. A request that arrives after
-- closing time, on a weekend or a holiday is received on the next working day. A department
-- setting: no national text fixes these hours.
CREATE TABLE calendar_hours (
    id             INT           NOT NULL PRIMARY KEY,
    opens_minute   INT           NOT NULL,
    closes_minute  INT           NOT NULL,
    source         VARCHAR(300),
    updated_by     VARCHAR(60)   NOT NULL,
    updated_at     DATETIME(3)   NOT NULL
);
INSERT INTO calendar_hours (id, opens_minute, closes_minute, source, updated_by, updated_at) VALUES
 (1, 450, 1020, NULL, 'migration', '2026-12-06 00:00:00.000');

-- The days the former configuration listed for 2026 and 2027 (ids below the generator's first
-- block). The holidays themselves are those of the Labour Code 2019 (Bộ luật Lao động số
-- 45/2019/QH14, Điều 112); the exact days, bridging days and make-up days are announced each year
-- and are the department's to check and complete here.
INSERT INTO calendar_entry (id, kind, first_day, last_day, calendar_year, name, source, updated_by, updated_at) VALUES
 (601, 'HOLIDAY', '2026-01-01', '2026-01-01', 2026, 'Tết Dương lịch', 'Bộ luật Lao động 2019, Điều 112', 'migration', '2026-12-06 00:00:00.000'),
 (602, 'HOLIDAY', '2026-02-16', '2026-02-20', 2026, 'Tết Nguyên đán Bính Ngọ', 'Bộ luật Lao động 2019, Điều 112', 'migration', '2026-12-06 00:00:00.000'),
 (603, 'HOLIDAY', '2026-04-27', '2026-04-27', 2026, 'Giỗ Tổ Hùng Vương (nghỉ bù)', 'Bộ luật Lao động 2019, Điều 112', 'migration', '2026-12-06 00:00:00.000'),
 (604, 'HOLIDAY', '2026-04-30', '2026-05-01', 2026, 'Ngày Chiến thắng và Quốc tế Lao động', 'Bộ luật Lao động 2019, Điều 112', 'migration', '2026-12-06 00:00:00.000'),
 (605, 'HOLIDAY', '2026-08-31', '2026-09-02', 2026, 'Quốc khánh', 'Bộ luật Lao động 2019, Điều 112', 'migration', '2026-12-06 00:00:00.000'),
 (611, 'HOLIDAY', '2027-01-01', '2027-01-01', 2027, 'Tết Dương lịch', 'Bộ luật Lao động 2019, Điều 112', 'migration', '2026-12-06 00:00:00.000'),
 (612, 'HOLIDAY', '2027-02-04', '2027-02-10', 2027, 'Tết Nguyên đán Đinh Mùi', 'Bộ luật Lao động 2019, Điều 112', 'migration', '2026-12-06 00:00:00.000'),
 (613, 'HOLIDAY', '2027-04-16', '2027-04-16', 2027, 'Giỗ Tổ Hùng Vương', 'Bộ luật Lao động 2019, Điều 112', 'migration', '2026-12-06 00:00:00.000'),
 (614, 'HOLIDAY', '2027-04-30', '2027-04-30', 2027, 'Ngày Chiến thắng', 'Bộ luật Lao động 2019, Điều 112', 'migration', '2026-12-06 00:00:00.000'),
 (615, 'HOLIDAY', '2027-05-03', '2027-05-03', 2027, 'Quốc tế Lao động (nghỉ bù)', 'Bộ luật Lao động 2019, Điều 112', 'migration', '2026-12-06 00:00:00.000'),
 (616, 'HOLIDAY', '2027-09-01', '2027-09-02', 2027, 'Quốc khánh', 'Bộ luật Lao động 2019, Điều 112', 'migration', '2026-12-06 00:00:00.000');
