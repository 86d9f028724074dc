package vn.edu.portal.admission;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.TextFolding;

/**
 * The age groups a preschool round admits, as data the department edits: one a line,
 * {@code CODE | name | from | to}, the child's age in completed months on the round's reference
 * date from {@code from} to {@code to} inclusive, and {@code | ưu tiên} at the end for a group
 * admitted first. By the Education Law 2019 (article 26) a nursery takes children from 3 months
 * to 3 years and a kindergarten from 3 to 6 years; the preschool charter (Điều lệ trường mầm non,
 * Thông tư 52/2020/TT-BGDĐT) groups them by age (nhóm trẻ 3–12, 13–24, 25–36 months; mẫu giáo
 * 3–4, 4–5, 5–6 years). Universal preschool education for five-year-olds (article 14 of the law)
 * is why the five-year-olds' group is marked first in the default. With the reference date on 31
 * December of the year the school year starts, each group is one birth year, as departments
 * announce it ("mẫu giáo 5 tuổi: trẻ sinh năm 2021").
 */
public final class AgeGroups {

    /** One group: its code (in the published allocation files), name, months from/to, and whether it is admitted first. */
    public record Group(String code, String name, int fromMonths, int toMonths, boolean first) {
        public boolean contains(int months) {
            return months >= fromMonths && months <= toMonths;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public boolean isFirst() {
            return first;
        }
    }

    /** The default groups of a preschool round. */
    public static final String PRESCHOOL_DEFAULT = """
            MG5 | Mẫu giáo 5 tuổi | 60 | 71 | ưu tiên
            MG4 | Mẫu giáo 4 tuổi | 48 | 59
            MG3 | Mẫu giáo 3 tuổi | 36 | 47
            NT | Nhà trẻ (24–36 tháng) | 24 | 35""";

    private final List<Group> groups;

    private AgeGroups(List<Group> groups) {
        this.groups = List.copyOf(groups);
    }

    public List<Group> groups() {
        return groups;
    }

    public Optional<Group> group(String code) {
        return groups.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    /** The group the child's age on {@code reference} falls in, if any. */
    public Optional<Group> groupOf(LocalDate birth, LocalDate reference) {
        int months = months(birth, reference);
        return groups.stream().filter(g -> g.contains(months)).findFirst();
    }

    /** The codes of the groups admitted first, in order: they rank before the round's criteria. */
    public List<String> firstCodes() {
        return groups.stream().filter(Group::first).map(Group::code).toList();
    }

    /** Age in completed months on the reference date: a month completes when its day comes round (born 31 January: a month old on 1 March). */
    public static int months(LocalDate birth, LocalDate reference) {
        return (int) Period.between(birth, reference).toTotalMonths();
    }

    /** The reference date of a round: the one set, or 31 December of the year the school year starts. */
    public static LocalDate reference(AdmissionCampaign round) {
        return round.ageReference != null ? round.ageReference : LocalDate.of(round.schoolYear, 12, 31);
    }

    /** The groups of a round (its own text, or the default). */
    public static AgeGroups of(AdmissionCampaign round) {
        String text = round.ageGroups == null || round.ageGroups.isBlank() ? PRESCHOOL_DEFAULT : round.ageGroups;
        return parse(text, new FieldErrors(), "ageGroups");
    }

    /**
     * Reads the groups; a line that cannot be read is refused in {@code errors} under {@code field},
     * naming its line, and left out. Overlapping groups are refused: a child's age gives one group.
     */
    public static AgeGroups parse(String text, FieldErrors errors, String field) {
        List<Group> out = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] p = lines[i].split("\\|", -1);
            String code = p[0].strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
            if (p.length < 4 || p.length > 5 || code.isEmpty() || code.length() > 16 || p[1].isBlank()
                    || !p[2].strip().matches("\\d{1,3}") || !p[3].strip().matches("\\d{1,3}")) {
                errors.add(field, "admission.ageGroups.line", i + 1);
                continue;
            }
            int from = Integer.parseInt(p[2].strip());
            int to = Integer.parseInt(p[3].strip());
            boolean first = p.length == 5 && List.of("uu tien", "first").contains(TextFolding.fold(p[4].strip()));
            if (from > to || to > 120 || (p.length == 5 && !first)) {
                errors.add(field, "admission.ageGroups.line", i + 1);
                continue;
            }
            Group g = new Group(code, p[1].strip(), from, to, first);
            if (out.stream().anyMatch(o -> o.code().equals(code) || (from <= o.toMonths() && o.fromMonths() <= to))) {
                errors.add(field, "admission.ageGroups.overlap", i + 1);
                continue;
            }
            out.add(g);
        }
        if (out.isEmpty() && errors.isEmpty()) {
            errors.add(field, "admission.ageGroups.none");
        }
        return new AgeGroups(out);
    }

    /** The text as stored: one normalised line a group. */
    public String text() {
        return groups.stream().map(g -> g.code() + " | " + g.name() + " | " + g.fromMonths() + " | " + g.toMonths()
                + (g.first() ? " | ưu tiên" : "")).collect(Collectors.joining("\n"));
    }

    /**
     * A preschool child's group: one of the round's, and the one the age on the reference date
     * gives; a refusal says which group the child's age does fit, or that none does.
     */
    static void check(AdmissionCampaign campaign, LocalDate birth, String chosen, FieldErrors errors) {
        AgeGroups groups = of(campaign);
        Optional<Group> group = groups.group(chosen);
        if (group.isEmpty()) {
            errors.add("ageGroup", "admission.ageGroup.required");
            return;
        }
        if (birth == null) {
            return;
        }
        LocalDate reference = reference(campaign);
        int months = months(birth, reference);
        if (!group.get().contains(months)) {
            String on = AdmissionRounds.day(reference);
            groups.groupOf(birth, reference).ifPresentOrElse(
                    fits -> errors.add("ageGroup", "admission.ageGroup.other", group.get().name(), months, on, fits.name()),
                    () -> errors.add("ageGroup", "admission.ageGroup.none", months, on));
        }
    }
}
