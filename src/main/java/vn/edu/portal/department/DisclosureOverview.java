package vn.edu.portal.department;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import vn.edu.portal.disclosure.DisclosureService;
import vn.edu.portal.disclosure.SchoolYear;
import vn.edu.portal.platform.Exports;
import vn.edu.portal.tenant.SiteInfo;

/**
 * Every school's public disclosures for a school year at a glance: how many of the items that apply
 * to it are published, missing, late or stale, read through {@link DisclosureService#summaries} (two
 * queries for the whole department). A school without a section for the year counts as all missing.
 */
@ApplicationScoped
public class DisclosureOverview {

    /** One school's line. */
    public record Line(SiteInfo school, DisclosureService.Summary summary) {
        public SiteInfo getSchool() { return school; }
        public DisclosureService.Summary getSummary() { return summary; }
    }

    @Inject
    DisclosureService disclosures;

    @Inject
    SchoolDirectory directory;

    public List<Line> lines(List<SiteInfo> schools, int startYear) {
        Map<Long, DisclosureService.Summary> summaries = disclosures.summaries(schools, startYear);
        return schools.stream().map(s -> new Line(s, summaries.get(s.id()))).toList();
    }

    private static final List<String> HEADER = List.of("school_year", "slug", "school", "ward", "applicable",
            "published", "missing", "late", "stale", "percent");

    /** The current school year's overview of every school as CSV (open data). */
    public String csv() {
        int year = SchoolYear.current();
        return Exports.csv(HEADER, lines(directory.all(), year).stream().map(l -> List.<Object>of(SchoolYear.label(year),
                l.school().slug(), l.school().name(), l.school().district() == null ? "" : l.school().district(),
                l.summary().applicable(), l.summary().published(), l.summary().missing(), l.summary().late(),
                l.summary().stale(), l.summary().percent())).toList());
    }

    /** The same as JSON. */
    public String json() {
        int year = SchoolYear.current();
        var array = jakarta.json.Json.createArrayBuilder();
        for (Line l : lines(directory.all(), year)) {
            array.add(jakarta.json.Json.createObjectBuilder().add("schoolYear", SchoolYear.label(year))
                    .add("slug", l.school().slug()).add("school", l.school().name())
                    .add("ward", l.school().district() == null ? "" : l.school().district())
                    .add("applicable", l.summary().applicable()).add("published", l.summary().published())
                    .add("missing", l.summary().missing()).add("late", l.summary().late())
                    .add("stale", l.summary().stale()).add("percent", l.summary().percent()));
        }
        return array.build().toString();
    }
}
