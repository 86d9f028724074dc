package vn.edu.portal.admission;

import java.util.Arrays;
import java.util.Optional;
import vn.edu.portal.tenant.SchoolLevel;

/**
 * The grade a round admits to (tuyển sinh đầu cấp): preschool by age group, grade 1, grade 6. A
 * department runs one round per school year and entry grade; the schools of a round are of the
 * grade's level. Grade 10 is the province's entrance exam, outside the portal.
 */
public enum EntryGrade {
    PRESCHOOL("mam-non", SchoolLevel.PRESCHOOL),
    GRADE_1("lop-1", SchoolLevel.PRIMARY),
    GRADE_6("lop-6", SchoolLevel.LOWER_SECONDARY);

    /** The grade in addresses and published file names ({@code xet-tuyen-2026-mam-non.csv}). */
    public final String slug;
    /** The level of the schools that admit at this grade. */
    public final SchoolLevel level;

    EntryGrade(String slug, SchoolLevel level) {
        this.slug = slug;
        this.level = level;
    }

    public String getSlug() {
        return slug;
    }

    public static Optional<EntryGrade> bySlug(String slug) {
        return Arrays.stream(values()).filter(g -> g.slug.equals(slug)).findFirst();
    }

    /** The grade as a sentence names it ("lớp 6", "mầm non"), in {@code locale}: mails name the round's own grade. */
    public String inWords(java.util.Locale locale) {
        return vn.edu.portal.platform.Texts.get(locale, "admission.grade." + name()).toLowerCase(locale);
    }

    /** The grade a school of {@code level} admits to, if any (upper secondary and continuing: none here). */
    public static Optional<EntryGrade> ofLevel(SchoolLevel level) {
        return Arrays.stream(values()).filter(g -> g.level == level).findFirst();
    }
}
