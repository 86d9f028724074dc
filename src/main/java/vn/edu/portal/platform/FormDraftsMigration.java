package vn.edu.portal.platform;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Properties;
import java.util.TreeMap;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway migration 202612100100 (issue 15): admission's drafts and status changes move into the
 * public-form engine's tables ({@code form_draft}, {@code form_event}, made by 202612100000),
 * with nothing lost. In Java because admission kept a draft's values as {@code Properties} text,
 * whose escapes (every Vietnamese letter as a backslash-u code, {@code \:} and {@code \=} in
 * addresses, {@code \n}) SQL cannot read; the engine keeps them as one JSON object of strings. Ids stay (one id generator for
 * every table). A draft that became an application gets that application as its result. A draft
 * expires a week after its last change, as admission's retention counted.
 *
 * <p>Frozen like every landed migration: it reads and writes the tables as they are at this
 * version, with no entity or service of the portal.
 */
final class FormDraftsMigration extends FrozenJavaMigration {

    private static final int BATCH = 500;
    private static final Duration DRAFT_LIFETIME = Duration.ofDays(7);

    FormDraftsMigration() {
        super("202612100100", "forms admission drafts events", 202612100);
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        moveDrafts(c);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO form_event (id, form_kind, record_id, site_id, status, note, actor, at)"
                    + " SELECT id, 'admission', application_id, site_id, status, reason, actor, changed_at"
                    + " FROM admission_status_change");
            s.execute("DROP TABLE admission_status_change");
            s.execute("DROP TABLE admission_draft");
        }
    }

    private static void moveDrafts(Connection c) throws SQLException {
        long after = Long.MIN_VALUE;
        try (PreparedStatement read = c.prepareStatement("SELECT d.id, d.token, d.site_id, d.campaign_id, d.step, d.data,"
                + " d.created_at, d.updated_at, a.id FROM admission_draft d"
                + " LEFT JOIN admission_application a ON a.draft_token = d.token"
                + " WHERE d.id > ? ORDER BY d.id LIMIT " + BATCH);
             PreparedStatement write = c.prepareStatement("INSERT INTO form_draft (id, token, site_id, form_kind, form_key,"
                + " form_version, step, data, email, consent_text, consent_at, result_id, created_at, updated_at, expires_at)"
                + " VALUES (?, ?, ?, 'admission', ?, NULL, ?, ?, NULL, NULL, NULL, ?, ?, ?, ?)")) {
            while (true) {
                read.setLong(1, after);
                int rows = 0;
                try (ResultSet r = read.executeQuery()) {
                    while (r.next()) {
                        rows++;
                        after = r.getLong(1);
                        Timestamp updated = r.getTimestamp(8);
                        write.setLong(1, after);
                        write.setString(2, r.getString(2));
                        write.setLong(3, r.getLong(3));
                        write.setLong(4, r.getLong(4));
                        write.setInt(5, r.getInt(5));
                        write.setString(6, json(r.getString(6)));
                        long result = r.getLong(9);
                        if (r.wasNull()) {
                            write.setNull(7, java.sql.Types.BIGINT);
                        } else {
                            write.setLong(7, result);
                        }
                        write.setTimestamp(8, r.getTimestamp(7));
                        write.setTimestamp(9, updated);
                        write.setTimestamp(10, Timestamp.from(updated.toInstant().plus(DRAFT_LIFETIME)));
                        write.addBatch();
                    }
                }
                write.executeBatch();
                if (rows < BATCH) {
                    return;
                }
            }
        }
    }

    /** Admission's {@code Properties} text as the engine's JSON object of strings (sorted, as admission read them). */
    static String json(String properties) throws SQLException {
        Properties p = new Properties();
        try {
            p.load(new StringReader(properties == null ? "" : properties));
        } catch (IOException | IllegalArgumentException e) {
            throw new SQLException("An admission draft's values cannot be read", e);
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> sorted.put(k, p.getProperty(k)));
        JsonObjectBuilder o = Json.createObjectBuilder();
        sorted.forEach(o::add);
        return o.build().toString();
    }
}
