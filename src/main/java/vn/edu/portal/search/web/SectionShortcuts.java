package vn.edu.portal.search.web;

import java.util.ArrayList;
import java.util.List;
import vn.edu.portal.platform.TextFolding;

/**
 * The portal's own sections a query names, shown above its results: "tuyen sinh" (or "admission", in English)
 * leads to the admission page itself, which no article or procedure is; it found nothing for "admission".
 * The words are compared without accents or case, as whole words.
 */
public final class SectionShortcuts {

    /** A section: the message key of its name, its address on a school's site and on the department's. */
    public record Shortcut(String labelKey, String schoolPath, String departmentPath) {
        public String path(boolean department) {
            return department ? departmentPath : schoolPath;
        }
    }

    private record Section(Shortcut shortcut, List<String> words) {
    }

    private static final List<Section> SECTIONS = List.of(
            new Section(new Shortcut("admission.title", "tuyen-sinh", "tuyen-sinh"), List.of("tuyen sinh", "nhap hoc",
                    "vao lop 1", "vao lop 6", "mam non", "admission", "admissions", "enrol", "enroll", "enrolment", "enrollment")),
            new Section(new Shortcut("proc.public.title", "thu-tuc", "thu-tuc-cac-truong"), List.of("thu tuc", "dich vu cong",
                    "nop ho so", "procedure", "procedures", "application form")),
            new Section(new Shortcut("proc.lookup.title", "tra-cuu", null), List.of("tra cuu", "look up", "lookup", "tracking")),
            new Section(new Shortcut("public.documents", "van-ban", "van-ban"), List.of("van ban", "cong van", "quyet dinh",
                    "document", "documents")),
            new Section(new Shortcut("public.disclosures", "cong-khai", "cong-khai"), List.of("cong khai", "disclosure",
                    "disclosures")),
            new Section(new Shortcut("directory.title", null, "truong-hoc"), List.of("danh ba", "danh sach truong",
                    "school directory", "schools")));

    private SectionShortcuts() {
    }

    /** The sections {@code query} names, in the order above; none for an empty query. */
    static List<Shortcut> of(String query, boolean department) {
        String folded = " " + TextFolding.fold(query == null ? "" : query).replaceAll("[^a-z0-9]+", " ").strip() + " ";
        List<Shortcut> found = new ArrayList<>();
        for (Section section : SECTIONS) {
            if (section.shortcut().path(department) != null
                    && section.words().stream().anyMatch(w -> folded.contains(" " + w + " "))) {
                found.add(section.shortcut());
            }
        }
        return found;
    }
}
