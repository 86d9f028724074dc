package vn.edu.portal.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * "Which schools serve my address" across the department's open rounds of every grade: each school with
 * the group the address has there, and the wards the zones name (for the address form).
 */
@ApplicationScoped
public class ServingSchools {

    /** A school of an open round and the group an address has there (1: in its zone). */
    public record Serving(AdmissionCampaign round, AdmissionRounds.SchoolView school, Zones.Grouping grouping) {
        public int getGroup() { return grouping.group(); }
    }

    @Inject
    AdmissionRounds rounds;

    /** "Which schools serve my address": every school of the open rounds, those whose zone holds it first. */
    public List<Serving> schoolsServing(long departmentSiteId, String ward, String street, Instant now) {
        List<Serving> out = new ArrayList<>();
        if (ward == null || ward.isBlank()) {
            return out;
        }
        String asked = knownWard(ward, wardsOfOpenRounds(departmentSiteId, now));
        for (AdmissionCampaign round : rounds.openRounds(departmentSiteId, now)) {
            for (AdmissionRounds.SchoolView school : rounds.schools(round.getId())) {
                out.add(new Serving(round, school, rounds.grouping(round.getId(), school.site().id(), asked, street)));
            }
        }
        java.text.Collator vietnamese = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
        out.sort(Comparator.comparingInt(Serving::getGroup).thenComparing(s -> s.school().getName(), vietnamese::compare));
        return out;
    }

    /**
     * The ward of an address typed whole ("Bến Thành, Quận 1, TP.HCM", as an address is written): the
     * first part between commas that a zone names; what was typed when none does.
     */
    static String knownWard(String typed, List<String> named) {
        if (!typed.contains(",")) {
            return typed;
        }
        for (String part : typed.split(",")) {
            if (named.stream().anyMatch(w -> Zones.sameName(w, part))) {
                return part.strip();
            }
        }
        return typed;
    }

    /** The wards named in the zones of the open rounds, for the address form. */
    public List<String> wardsOfOpenRounds(long departmentSiteId, Instant now) {
        TreeSet<String> wards = new TreeSet<>(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"))::compare);
        for (AdmissionCampaign round : rounds.openRounds(departmentSiteId, now)) {
            for (AdmissionRounds.SchoolView school : rounds.schools(round.getId())) {
                AdmissionRounds.parseZone(school.row().zone).forEach(a -> wards.add(a.ward()));
            }
        }
        return List.copyOf(wards);
    }
}
