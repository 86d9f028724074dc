package vn.edu.portal.admission;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.edu.portal.platform.TextFolding;

/**
 * Zones (tuyến): the wards/communes, and optionally only some streets of a ward, that a school
 * serves. A child whose residence lies in the zone of a school is group 1 there, group 2 elsewhere.
 * Names are compared without accents or case, and without the "Phường"/"Xã" prefix.
 */
public final class Zones {

    /** One line of a zone: a ward, and the streets of it that belong (none listed = the whole ward). */
    public record Area(String ward, List<String> streets) {
        public Area {
            streets = streets == null ? List.of() : List.copyOf(streets);
        }

        boolean contains(String ward, String street) {
            if (!sameName(this.ward, ward)) {
                return false;
            }
            return streets.isEmpty() || streets.stream().anyMatch(s -> sameName(s, streetName(street)));
        }
    }

    /** A school's zone. */
    public record Zone(long schoolId, String schoolName, List<Area> areas) {
        public Zone {
            areas = List.copyOf(areas);
        }

        public boolean contains(String ward, String street) {
            return areas.stream().anyMatch(a -> a.contains(ward, street));
        }

        public String wardList() {
            return areas.stream().map(a -> a.streets().isEmpty() ? a.ward()
                    : a.ward() + " (" + String.join(", ", a.streets()) + ")").collect(Collectors.joining("; "));
        }
    }

    /** The group at one school and why, as a message key with its arguments. */
    public record Grouping(int group, String key, List<Object> args) {
    }

    private Zones() {
    }

    /** The group of a residence (ward and street) at {@code school}, explained; {@code all} names other schools. */
    public static Grouping group(Zone school, List<Zone> all, String typedWard, String typedStreet) {
        String ward = typedWard == null ? "" : typedWard.strip();
        String street = typedStreet == null ? "" : typedStreet.strip();
        if (school.contains(ward, street)) {
            boolean byStreet = school.areas().stream().anyMatch(a -> sameName(a.ward(), ward) && !a.streets().isEmpty());
            return byStreet
                    ? new Grouping(1, "admission.zone.group1Street", List.of(school.schoolName(), street, ward))
                    : new Grouping(1, "admission.zone.group1", List.of(school.schoolName(), ward));
        }
        List<String> others = new ArrayList<>();
        for (Zone z : all) {
            if (z.schoolId() != school.schoolId() && z.contains(ward, street)) {
                others.add(z.schoolName());
            }
        }
        // The ward is in the zone for some streets only, not this one: say which streets are.
        Area partly = school.areas().stream().filter(a -> sameName(a.ward(), ward)).findFirst().orElse(null);
        if (partly != null) {
            List<Object> args = new ArrayList<>(List.of(school.schoolName(), street, partly.ward(),
                    String.join(", ", partly.streets())));
            if (others.isEmpty()) {
                return new Grouping(2, "admission.zone.group2Street", List.copyOf(args));
            }
            args.add(String.join(", ", others));
            return new Grouping(2, "admission.zone.group2StreetOther", List.copyOf(args));
        }
        if (others.isEmpty()) {
            return new Grouping(2, "admission.zone.group2None", List.of(school.schoolName(), ward, school.wardList()));
        }
        return new Grouping(2, "admission.zone.group2Other",
                List.of(school.schoolName(), ward, school.wardList(), String.join(", ", others)));
    }

    /** The street without the house number in front ("12/3 Calmette", "số 5 Calmette" → "Calmette"). */
    /**
     * The street a group of pupils is published under (the assignment file): a street some zone of the
     * ward names, which is public already, and never what a family typed (a lane, a floor, a house
     * number left in it); "" when the typed street is none of them. Read back by {@link #streetName},
     * it matches the same zone streets as the typed one did, so the published check reproduces the
     * assignment: a named street that begins with a number gets a leading "Đường", which
     * {@link #key} drops again and {@link #streetName} keeps the number behind.
     */
    static String publishedStreet(String typed, java.util.Collection<String> named) {
        String street = streetName(typed);
        for (String s : named) {
            if (sameName(s, street)) {
                String name = s.strip();
                return name.matches("^[0-9].*") ? "Đường " + name : name;
            }
        }
        return "";
    }

    static String streetName(String typed) {
        if (typed == null) {
            return "";
        }
        String s = typed.strip().replaceFirst("(?i)^(số|so)\\s+", "");
        return s.replaceFirst("^[0-9][0-9A-Za-z/\\-]*[,\\s]+", "");
    }

    /**
     * Ward and street names compared without accents, case, punctuation or a leading "Phường"/"Đường", or their
     * English forms ("Ben Thanh Ward", "Ward 5", "Le Loi Street", "Le Loi St."): a family writing in English was
     * put in group 2 of its own ward's school.
     */
    static boolean sameName(String a, String b) {
        // Without spaces too: "Saigon" and "Sài Gòn", "Dakao" and "Đa Kao" are the same ward.
        String x = key(a).replace(" ", "");
        return !x.isEmpty() && x.equals(key(b).replace(" ", ""));
    }

    static String key(String name) {
        String folded = TextFolding.fold(name).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
        for (String prefix : new String[] {"thi tran ", "phuong ", "xa ", "duong ", "pho ", "p ", "x ", "tt ", "d ",
                "ward ", "commune ", "street "}) {
            if (folded.startsWith(prefix) && folded.length() > prefix.length()) {
                folded = folded.substring(prefix.length());
                break;
            }
        }
        for (String suffix : new String[] {" ward", " commune", " street", " st", " road", " rd", " avenue", " ave"}) {
            if (folded.endsWith(suffix) && folded.length() > suffix.length()) {
                folded = folded.substring(0, folded.length() - suffix.length());
                break;
            }
        }
        // "Phường 5" and "5" are the same ward; "05" too.
        // Compared as digits, not as a number: any length of them is a name (a number past an int was a 500).
        return folded.matches("\\d+") ? folded.replaceFirst("^0+(?=\\d)", "") : folded;
    }
}
