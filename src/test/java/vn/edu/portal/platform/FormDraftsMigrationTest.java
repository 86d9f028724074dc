package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import vn.edu.portal.forms.DraftValues;

/**
 * The move of drafts and histories into the public-form engine's tables (issue 15), on a database
 * filled by the old code: the schema at the last version before the engine (Flyway target
 * 202612090000), rows written the way the old code wrote them (admission's values as
 * {@code Properties} text, procedures' as JSON), then every migration, then the rows read back the
 * way the engine reads them ({@link DraftValues}). Runs on H2 in MySQL mode; set
 * {@code PORTAL_MIGRATION_TEST_URL} (with {@code _USER}, {@code _PASSWORD}) to an empty scratch
 * MariaDB database to run it there too (the database is cleaned first).
 */
class FormDraftsMigrationTest {

    private static final String LAST_OLD_VERSION = "202612090000";
    private static final Instant UPDATED = Instant.parse("2026-11-30T03:04:05Z");

    static DataSource database() {
        String url = System.getenv("PORTAL_MIGRATION_TEST_URL");
        if (url != null && !url.isBlank()) {
            com.mysql.cj.jdbc.MysqlDataSource mysql = new com.mysql.cj.jdbc.MysqlDataSource();
            mysql.setURL(url);
            mysql.setUser(System.getenv("PORTAL_MIGRATION_TEST_USER"));
            mysql.setPassword(System.getenv("PORTAL_MIGRATION_TEST_PASSWORD"));
            org.flywaydb.core.Flyway.configure().dataSource(mysql).cleanDisabled(false).load().clean();
            return mysql;
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migration-" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        return h2;
    }

    /** What the old {@code AdmissionService.serialise} wrote: {@code Properties} lines without the date comment. */
    private static String oldAdmissionData(Map<String, String> values) throws Exception {
        Properties p = new Properties();
        values.forEach(p::setProperty);
        StringWriter out = new StringWriter();
        p.store(out, null);
        return out.toString().lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
    }

    @Test
    void draftsAndHistoriesOfTheOldCodeAreReadByTheEngineWithNothingLost() throws Exception {
        DataSource db = database();
        DatabaseMigration.configuration(db).target(LAST_OLD_VERSION).load().migrate();

        Map<String, String> child = new LinkedHashMap<>();
        child.put("childName", "Nguyễn Thị Ánh Tuyết");
        child.put("curStreet", "12/3 Đường số 7: hẻm = 2 # sau chợ");
        child.put("birthPlace", "Bệnh viện Từ Dũ\nTP. Hồ Chí Minh");
        child.put("birthCertPath", "admission/5001/a1b2.pdf");
        child.put("consent", "true");
        Map<String, String> second = Map.of("childName", "Trần Văn Bình", "preference2", "");
        String procedureJson = "{\"ho_ten\":\"Lê Thị Hoa\",\"ly_do\":\"Ốm, \\\"sốt\\\" cao\"}";
        String submittedToken = "A".repeat(31) + "s";
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            foreignKeys(c, false);
            insert(c, "admission_draft", row("id", 9001L, "token", "B".repeat(31) + "a", "site_id", 11L, "campaign_id", 21L,
                    "step", 3, "data", oldAdmissionData(child), "created_at", ts(UPDATED.minusSeconds(600)), "updated_at", ts(UPDATED)));
            insert(c, "admission_draft", row("id", 9002L, "token", submittedToken, "site_id", 12L, "campaign_id", 21L,
                    "step", 6, "data", oldAdmissionData(second), "created_at", ts(UPDATED), "updated_at", ts(UPDATED)));
            insert(c, "admission_application", row("id", 9100L, "campaign_id", 21L, "site_id", 12L, "code", "ABCD-EF23",
                    "draft_token", submittedToken));
            insert(c, "admission_status_change", row("id", 9200L, "application_id", 9100L, "site_id", 12L, "status", "SUBMITTED",
                    "actor", "parent", "changed_at", ts(UPDATED)));
            insert(c, "admission_status_change", row("id", 9201L, "application_id", 9100L, "site_id", 12L, "status", "REFUSED",
                    "reason", "Giấy khai sinh không đọc được", "actor", "thnh.admin", "changed_at", ts(UPDATED.plusSeconds(60))));
            insert(c, "submission_draft", row("id", 9300L, "token", "C".repeat(32), "site_id", 11L, "procedure_id", 31L,
                    "form_id", 41L, "step", 2, "data", procedureJson, "email", "me@truong.edu.vn", "consent_text", "Tôi đồng ý",
                    "consent_at", ts(UPDATED), "submission_id", 9400L, "created_at", ts(UPDATED), "updated_at", ts(UPDATED)));
            insert(c, "submission", row("id", 9400L, "site_id", 11L, "procedure_id", 31L, "form_id", 41L,
                    "tracking_code", "WXYZ-2345", "draft_token", "C".repeat(32), "status", "NEED_INFO"));
            insert(c, "submission_event", row("id", 9500L, "submission_id", 9400L, "site_id", 11L, "at", ts(UPDATED),
                    "actor", "applicant", "status", "RECEIVED"));
            insert(c, "submission_event", row("id", 9501L, "submission_id", 9400L, "site_id", 11L,
                    "at", ts(UPDATED.plusSeconds(5)), "actor", "thnh.admin", "status", "NEED_INFO", "note", "Bổ sung giấy khám bệnh"));
            foreignKeys(c, true);
        }

        DatabaseMigration.configuration(db).load().migrate();

        try (Connection c = db.getConnection()) {
            Map<String, Object> open = one(c, "SELECT * FROM form_draft WHERE id = 9001");
            assertEquals("admission", open.get("form_kind"));
            assertEquals(21L, ((Number) open.get("form_key")).longValue());
            assertEquals(11L, ((Number) open.get("site_id")).longValue());
            assertEquals(3, ((Number) open.get("step")).intValue());
            assertEquals(child, DraftValues.parse((String) open.get("data")), "every value exactly as typed");
            assertNull(open.get("result_id"));
            assertNull(open.get("form_version"));
            assertEquals(UPDATED.plus(Duration.ofDays(7)), ((Timestamp) open.get("expires_at")).toInstant(),
                    "a draft expires a week after its last change, as admission counted");

            Map<String, Object> used = one(c, "SELECT * FROM form_draft WHERE id = 9002");
            assertEquals(submittedToken, used.get("token"));
            assertEquals(9100L, ((Number) used.get("result_id")).longValue(), "the application the draft became");
            assertEquals(second, DraftValues.parse((String) used.get("data")));

            Map<String, Object> procedure = one(c, "SELECT * FROM form_draft WHERE id = 9300");
            assertEquals("procedure", procedure.get("form_kind"));
            assertEquals(31L, ((Number) procedure.get("form_key")).longValue());
            assertEquals(41L, ((Number) procedure.get("form_version")).longValue());
            assertEquals(Map.of("ho_ten", "Lê Thị Hoa", "ly_do", "Ốm, \"sốt\" cao"), DraftValues.parse((String) procedure.get("data")));
            assertEquals("me@truong.edu.vn", procedure.get("email"));
            assertEquals("Tôi đồng ý", procedure.get("consent_text"));
            assertEquals(9400L, ((Number) procedure.get("result_id")).longValue());
            assertEquals(UPDATED, ((Timestamp) procedure.get("updated_at")).toInstant());

            assertEquals(List.of("SUBMITTED|null|parent", "REFUSED|Giấy khai sinh không đọc được|thnh.admin"),
                    history(c, "admission", 9100L));
            assertEquals(List.of("RECEIVED|null|applicant", "NEED_INFO|Bổ sung giấy khám bệnh|thnh.admin"),
                    history(c, "procedure", 9400L));
            assertEquals(UPDATED.plusSeconds(60),
                    ((Timestamp) one(c, "SELECT at FROM form_event WHERE id = 9201").get("at")).toInstant());

            for (String gone : List.of("admission_draft", "admission_status_change", "submission_draft", "submission_event")) {
                assertFalse(tableExists(c, gone), gone + " is gone");
            }
        }
    }

    static Timestamp ts(Instant at) {
        return Timestamp.from(at.truncatedTo(ChronoUnit.MILLIS));
    }

    static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    static void foreignKeys(Connection c, boolean on) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (c.getMetaData().getDatabaseProductName().contains("H2")) {
                s.execute("SET REFERENTIAL_INTEGRITY " + on);
            } else {
                s.execute("SET FOREIGN_KEY_CHECKS = " + (on ? 1 : 0));
            }
        }
    }

    /** Inserts the given columns, and a plain value in every other column that may not be null. */
    static void insert(Connection c, String table, Map<String, Object> given) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>(given);
        try (ResultSet columns = c.getMetaData().getColumns(c.getCatalog(), null, table, null)) {
            while (columns.next()) {
                String name = columns.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT);
                boolean required = columns.getInt("NULLABLE") == java.sql.DatabaseMetaData.columnNoNulls
                        && columns.getString("COLUMN_DEF") == null;
                if (required && !values.containsKey(name)) {
                    values.put(name, filler(columns.getInt("DATA_TYPE")));
                }
            }
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", values.keySet()) + ") VALUES ("
                + values.keySet().stream().map(k -> "?").collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            for (Object v : values.values()) {
                p.setObject(i++, v);
            }
            p.executeUpdate();
        }
    }

    private static Object filler(int sqlType) {
        return switch (sqlType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT, Types.DECIMAL, Types.NUMERIC -> 1;
            case Types.BOOLEAN, Types.BIT -> false;
            case Types.DATE -> java.sql.Date.valueOf("2020-01-01");
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> ts(UPDATED);
            default -> "x";
        };
    }

    static Map<String, Object> one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                Object v = r.getObject(i);
                if (v instanceof java.time.LocalDateTime local) {
                    v = Timestamp.valueOf(local);
                }
                if (v instanceof java.sql.Clob clob) {
                    v = clob.getSubString(1, (int) clob.length());
                }
                row.put(r.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), v);
            }
            return row;
        }
    }

    private static List<String> history(Connection c, String kind, long record) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT status, note, actor FROM form_event"
                + " WHERE form_kind = ? AND record_id = ? ORDER BY at, id")) {
            p.setString(1, kind);
            p.setLong(2, record);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3));
                }
            }
        }
        return out;
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        try (ResultSet r = c.getMetaData().getTables(c.getCatalog(), null, table, null)) {
            return r.next();
        }
    }
}
