package vn.edu.portal.department;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vn.edu.portal.platform.TextFolding;
import vn.edu.portal.procedure.Procedure;
import vn.edu.portal.procedure.ProcedureService;
import vn.edu.portal.tenant.SiteInfo;

/**
 * Every school's current procedures in one list: a school offers its own and the department's
 * for its level (its own wins when both have the same address), as its own catalogue page shows
 * them. Grouped by school or by procedure name; one query for the whole department.
 */
@ApplicationScoped
public class ProcedureOverview {

    /** One procedure as one school offers it. */
    public record Offer(SiteInfo school, Procedure procedure) {
        public SiteInfo getSchool() { return school; }
        public Procedure getProcedure() { return procedure; }
    }

    /** A heading (a school's name or a procedure's) and the offers under it. */
    public record Group(String title, SiteInfo school, List<Offer> offers) {
        public String getTitle() { return title; }
        public SiteInfo getSchool() { return school; }
        public List<Offer> getOffers() { return offers; }
    }

    public enum Grouping { SCHOOL, PROCEDURE }

    @Inject
    ProcedureService procedures;

    /**
     * The groups for the schools given (already filtered by level and ward), keeping the offers whose
     * procedure or school name contains {@code query} (accents ignored; null for all).
     */
    public List<Group> groups(List<SiteInfo> schools, String query, Grouping grouping) {
        List<Offer> offers = offers(schools, query == null ? null : TextFolding.fold(query));
        if (grouping == Grouping.PROCEDURE) {
            Map<String, List<Offer>> byName = new TreeMap<>(Collator.getInstance(Locale.forLanguageTag("vi")));
            offers.forEach(o -> byName.computeIfAbsent(o.procedure().getName(), k -> new ArrayList<>()).add(o));
            return byName.entrySet().stream().map(e -> new Group(e.getKey(), null, List.copyOf(e.getValue()))).toList();
        }
        Map<Long, List<Offer>> bySchool = new LinkedHashMap<>();
        offers.forEach(o -> bySchool.computeIfAbsent(o.school().id(), k -> new ArrayList<>()).add(o));
        return bySchool.values().stream().map(list -> new Group(list.get(0).school().name(), list.get(0).school(),
                List.copyOf(list))).toList();
    }

    private List<Offer> offers(List<SiteInfo> schools, String folded) {
        Map<Long, List<Procedure>> offered = procedures.offeredBy(schools);
        List<Offer> out = new ArrayList<>();
        for (SiteInfo school : schools) {
            boolean schoolMatches = folded != null && TextFolding.fold(school.name()).contains(folded);
            offered.get(school.id()).stream()
                    .filter(p -> folded == null || schoolMatches || TextFolding.fold(p.getName()).contains(folded))
                    .forEach(p -> out.add(new Offer(school, p)));
        }
        return out;
    }
}
