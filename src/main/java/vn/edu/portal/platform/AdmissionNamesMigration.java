package vn.edu.portal.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway migration 202612170000: the names of applications made before typed text was kept in one
 * form (decomposed Vietnamese from some phones, zero-width spaces from a paste, runs of spaces) are
 * kept as the form keeps them now, and the child's masked name on the public lists is made again
 * from the kept name. Before, "Ông Á. Ẩ." typed decomposed was masked "Ông A. A." and sorted apart
 * from the same name typed on another phone. In Java because SQL has no Unicode normalisation.
 *
 * <p>Frozen like every landed migration: the rule is the one of this version ({@code forms.TypedText.line}
 * and {@code admission.NameMask.mask} as they were), written here again so that a later change of
 * either does not change what this migration did on a database migrated later.
 */
final class AdmissionNamesMigration extends FrozenJavaMigration {

    private static final int BATCH = 500;
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\x{00AD}]");
    private static final Pattern BLANKS = Pattern.compile(
            "[\\p{Cntrl}\\x{2028}\\x{2029}\\x{00A0}\\x{2000}-\\x{200A}\\x{202F}\\x{205F}\\x{3000} ]+");
    private static final Locale VIETNAMESE = new Locale("vi");
    private static final String[] NAMES = {"child_name", "father_name", "mother_name", "declarant_name"};

    AdmissionNamesMigration() {
        super("202612170000", "admission names normalised", 202612170);
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        long after = Long.MIN_VALUE;
        try (PreparedStatement read = c.prepareStatement("SELECT id, masked_name, " + String.join(", ", NAMES)
                + " FROM admission_application WHERE id > ? ORDER BY id LIMIT " + BATCH);
             PreparedStatement write = c.prepareStatement("UPDATE admission_application SET masked_name = ?, "
                + String.join(" = ?, ", NAMES) + " = ? WHERE id = ?")) {
            while (true) {
                read.setLong(1, after);
                List<Object[]> changed = new ArrayList<>();
                int rows = 0;
                try (ResultSet r = read.executeQuery()) {
                    while (r.next()) {
                        rows++;
                        after = r.getLong(1);
                        Object[] row = changedRow(r);
                        if (row != null) {
                            changed.add(row);
                        }
                    }
                }
                for (Object[] row : changed) {
                    for (int i = 0; i < row.length; i++) {
                        write.setObject(i + 1, row[i]);
                    }
                    write.addBatch();
                }
                if (!changed.isEmpty()) {
                    write.executeBatch();
                }
                if (rows < BATCH) {
                    return;
                }
            }
        }
    }

    /** The update's values (the mask, the names, the id) if anything of the row changes; null if nothing does. */
    private static Object[] changedRow(ResultSet r) throws SQLException {
        Object[] row = new Object[NAMES.length + 2];
        boolean changed = false;
        for (int i = 0; i < NAMES.length; i++) {
            String stored = r.getString(3 + i);
            row[1 + i] = stored == null ? null : kept(stored);
            changed |= !Objects.equals(stored, row[1 + i]);
        }
        String masked = r.getString(2);
        row[0] = masked == null || masked.isEmpty() ? masked : mask((String) row[1]);
        changed |= !Objects.equals(masked, row[0]);
        row[NAMES.length + 1] = r.getLong(1);
        return changed ? row : null;
    }

    /** A one-line typed value as the public forms keep it at this version. */
    static String kept(String typed) {
        String text = INVISIBLE.matcher(Normalizer.normalize(typed, Normalizer.Form.NFC)).replaceAll("");
        return BLANKS.matcher(text).replaceAll(" ").strip();
    }

    /** The family name, then the initials of the other words ("Nguyễn Văn An" → "Nguyễn V. A."). */
    static String mask(String name) {
        if (name.isEmpty()) {
            return "";
        }
        String[] words = name.split(" ");
        String family = words[0].toLowerCase(VIETNAMESE);
        int first = family.codePointAt(0);
        StringBuilder masked = new StringBuilder().appendCodePoint(Character.toUpperCase(first));
        if (words.length == 1) {
            return masked.append('.').toString();
        }
        masked.append(family, Character.charCount(first), family.length());
        for (int i = 1; i < words.length; i++) {
            masked.append(' ').appendCodePoint(Character.toUpperCase(words[i].codePointAt(0))).append('.');
        }
        return masked.toString();
    }
}
