package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.edu.portal.platform.FormDraftsMigrationTest.database;
import static vn.edu.portal.platform.FormDraftsMigrationTest.foreignKeys;
import static vn.edu.portal.platform.FormDraftsMigrationTest.insert;
import static vn.edu.portal.platform.FormDraftsMigrationTest.one;
import static vn.edu.portal.platform.FormDraftsMigrationTest.row;

import java.sql.Connection;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.edu.portal.admission.NameMask;
import vn.edu.portal.forms.TypedText;

/**
 * Migration 202612170000 on a database filled by the old code: names typed decomposed, with a
 * zero-width space or with runs of spaces, masked as the old code masked them, are kept and masked
 * as the forms keep and mask them now; names already right and names erased by retention are left.
 */
class AdmissionNamesMigrationTest {

    private static final String LAST_OLD_VERSION = "202612160100";

    private static String decomposed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    @Test
    void namesOfTheOldCodeAreKeptAndMaskedAsTheFormsDoNow() throws Exception {
        DataSource db = database();
        DatabaseMigration.configuration(db).target(LAST_OLD_VERSION).load().migrate();
        try (Connection c = db.getConnection()) {
            foreignKeys(c, false);
            // The old mask took the first code point of a decomposed word: "Á" became "A".
            insert(c, "admission_application", row("id", 9100L, "code", "ABCD-EF23", "draft_token", "t1",
                    "child_name", decomposed("Lê  Thị\u200B Ánh ") , "masked_name", "Lê T. A.",
                    "declarant_name", decomposed("Lê Văn\u00A0 Ẩn"), "mother_name", decomposed("Trần Thị Ảnh")));
            insert(c, "admission_application", row("id", 9101L, "code", "ABCD-EF24", "draft_token", "t2",
                    "child_name", "Nguyễn Văn An", "masked_name", "Nguyễn V. A.", "declarant_name", "Nguyễn Văn Bình"));
            insert(c, "admission_application", row("id", 9102L, "code", "ABCD-EF25", "draft_token", "t3",
                    "child_name", "", "masked_name", "", "declarant_name", ""));
            foreignKeys(c, true);
        }

        DatabaseMigration.configuration(db).load().migrate();

        try (Connection c = db.getConnection()) {
            Map<String, Object> typedOnAPhone = one(c, "SELECT * FROM admission_application WHERE id = 9100");
            assertEquals("Lê Thị Ánh", typedOnAPhone.get("child_name"));
            assertEquals("Lê T. Á.", typedOnAPhone.get("masked_name"), "masked like the same name typed elsewhere");
            assertEquals("Lê Văn Ẩn", typedOnAPhone.get("declarant_name"));
            assertEquals("Trần Thị Ảnh", typedOnAPhone.get("mother_name"));
            assertEquals(null, typedOnAPhone.get("father_name"));

            Map<String, Object> right = one(c, "SELECT * FROM admission_application WHERE id = 9101");
            assertEquals(List.of("Nguyễn Văn An", "Nguyễn V. A.", "Nguyễn Văn Bình"),
                    List.of(right.get("child_name"), right.get("masked_name"), right.get("declarant_name")));
            Map<String, Object> erased = one(c, "SELECT * FROM admission_application WHERE id = 9102");
            assertEquals(List.of("", ""), List.of(erased.get("child_name"), erased.get("masked_name")));
        }
    }

    /** The migration's frozen rule is the forms' rule of its version. */
    @Test
    void theFrozenRuleIsTheFormsRuleOfItsVersion() {
        for (String typed : List.of("Nguyễn Văn An", decomposed("Đặng Thị Ẩn"), " lê\u200Bthị  hồng\tnhung ", "AN",
                "Ý", decomposed("Ông Ánh Ẩn"), "H'Hen Niê", "Nguyễn\u00A0\u2003Văn\r\nAn")) {
            String kept = AdmissionNamesMigration.kept(typed);
            assertEquals(TypedText.line(typed), kept, typed);
            assertEquals(NameMask.mask(typed), AdmissionNamesMigration.mask(kept), typed);
        }
    }
}
