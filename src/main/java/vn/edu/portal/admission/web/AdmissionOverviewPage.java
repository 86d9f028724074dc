package vn.edu.portal.admission.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.edu.portal.admission.AdmissionAssignment;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionLists;
import vn.edu.portal.admission.AdmissionRounds;
import vn.edu.portal.admission.Phases;
import vn.edu.portal.platform.PortalClock;
import vn.edu.portal.tenant.SiteDirectory;

/**
 * The department's admission of one school year on one page ({@code /admin/tuyen-sinh/tong-hop}):
 * every grade's round, its phase, and its figures against quota by ward (the ward of each school;
 * since 1 July 2025 there are no districts), with the grade's total, and for a round by assignment the
 * pupils of the grade-5 list no school has yet. Counts only: no child is named here.
 */
@Named
@RequestScoped
public class AdmissionOverviewPage {

    /** One ward's schools of a round (or the round's total, ward null): quota and four counts, per placement. */
    public record Line(String ward, int schools, long quota, long first, long second, Long third, Long fourth) {
        Line plus(Line o) {
            return new Line(ward, schools + o.schools, quota + o.quota, first + o.first, second + o.second, add(third, o.third),
                    add(fourth, o.fourth));
        }

        private static Long add(Long a, Long b) {
            return a == null || b == null ? null : a + b;
        }
    }

    /** One grade's round of the year, its phase and its lines by ward. */
    public record Grade(AdmissionCampaign round, Phases.Phase phase, List<Line> wards, Line total, long unplaced) {
        public boolean isAssignment() {
            return round.isAssignment();
        }
    }

    @Inject
    AdmissionRounds rounds;

    @Inject
    AdmissionLists lists;

    @Inject
    AdmissionAssignment assignment;

    @Inject
    SiteDirectory directory;

    @Inject
    PortalClock clock;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    private List<Grade> grades;
    private Integer year;

    private List<AdmissionCampaign> all() {
        return directory.departmentSite().map(d -> rounds.campaigns(d.id())).orElse(List.of());
    }

    /** The school years that have rounds, newest first. */
    public List<Integer> getYears() {
        return all().stream().map(AdmissionCampaign::getSchoolYear).distinct().toList();
    }

    /** The year asked for ({@code ?nam=}), else the newest. */
    public Integer getYear() {
        if (year == null) {
            List<Integer> years = getYears();
            String asked = request.getParameter("nam");
            year = asked != null && asked.matches("\\d{4}") && years.contains(Integer.parseInt(asked))
                    ? Integer.valueOf(asked) : years.isEmpty() ? null : years.get(0);
        }
        return year;
    }

    public List<Grade> getGrades() {
        if (grades == null) {
            grades = new ArrayList<>();
            Integer y = getYear();
            all().stream().filter(c -> y != null && c.getSchoolYear() == y)
                    .sorted(java.util.Comparator.comparing(c -> c.getEntryGrade().ordinal()))
                    .forEach(c -> grades.add(grade(c)));
        }
        return grades;
    }

    private Grade grade(AdmissionCampaign c) {
        Map<String, Line> byWard = new TreeMap<>(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"))::compare);
        if (c.isAssignment()) {
            Map<Long, Integer> quota = new java.util.HashMap<>();
            rounds.schools(c.getId()).forEach(s -> quota.put(s.site().id(), s.getQuota()));
            for (AdmissionAssignment.Count n : assignment.counts(c)) {
                String ward = ward(n.school().district());
                byWard.merge(ward, new Line(ward, 1, quota.getOrDefault(n.school().id(), 0), n.assigned(), n.confirmed(),
                        n.asked(), null), Line::plus);
            }
        } else {
            // The department runs the allocation: it sees the results before they are published, as on the round's page;
            // before it has run there are none ("—", not 0).
            boolean allocated = c.getAllocatedAt() != null;
            for (AdmissionLists.SchoolCount n : lists.counts(c, false)) {
                String ward = ward(n.ward());
                byWard.merge(ward, new Line(ward, 1, n.quota(), n.applications(), n.accepted(), allocated ? n.admitted() : null,
                        allocated ? n.waiting() : null), Line::plus);
            }
        }
        List<Line> wards = List.copyOf(byWard.values());
        Line total = wards.stream().reduce(Line::plus).map(l -> new Line(null, l.schools(), l.quota(), l.first(), l.second(),
                l.third(), l.fourth())).orElse(new Line(null, 0, 0, 0, 0, null, null));
        long unplaced = c.isAssignment() ? assignment.unplacedCount(c) : 0;
        return new Grade(c, c.phaseAt(clock.now()), wards, total, unplaced);
    }

    private static String ward(String ward) {
        return ward == null || ward.isBlank() ? "—" : ward.strip();
    }
}
