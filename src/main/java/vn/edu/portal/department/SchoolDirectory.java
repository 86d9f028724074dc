package vn.edu.portal.department;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.edu.portal.platform.Exports;
import vn.edu.portal.platform.TextFolding;
import vn.edu.portal.tenant.Ownership;
import vn.edu.portal.tenant.SchoolLevel;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The schools of the department as a visitor filters them: by name (accents ignored), level,
 * ward/commune and ownership. The ward is the site's local-government unit (the field kept as
 * {@code district} from before July 2025 holds the ward or commune). Reads the in-memory
 * {@link SiteDirectory}: no query per request.
 */
@ApplicationScoped
public class SchoolDirectory {

    /** The longest name query kept; anything longer is cut (a 10,000-character query is a normal page). */
    public static final int MAX_QUERY = 100;

    /** A visitor's filter; every part may be null (no filter on it). Unknown values filter nothing out. */
    public record Filter(String query, SchoolLevel level, String ward, Ownership ownership) {

        public static final Filter NONE = new Filter(null, null, null, null);

        /** From the raw parameters of a GET form: unknown levels, types and wards count as absent. */
        public static Filter parse(String q, String cap, String phuong, String loai, List<String> knownWards) {
            String query = q == null ? null : q.strip();
            if (query != null && query.length() > MAX_QUERY) {
                query = query.substring(0, MAX_QUERY);
            }
            // A ward typed or linked without its accents or capitals ("phuong ben thanh") is still that ward.
            String ward = phuong == null || phuong.length() > 200 ? null : phuong;
            String known = ward == null || ward.isBlank() ? null
                    : knownWards.stream().filter(w -> SiteDirectory.sameWard(w, ward)).findFirst().orElse(null);
            return new Filter(query == null || query.isEmpty() ? null : query, parseEnum(SchoolLevel.class, cap),
                    known, parseEnum(Ownership.class, loai));
        }

        public boolean isEmpty() {
            return query == null && level == null && ward == null && ownership == null;
        }
    }

    @Inject
    SiteDirectory directory;

    private static final Comparator<String> VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"))::compare;

    /** Every school, by name in Vietnamese order. */
    public List<SiteInfo> all() {
        return directory.all().stream().filter(SiteInfo::isSchool)
                .sorted(Comparator.comparing(SiteInfo::name, VIETNAMESE)).toList();
    }

    public List<SiteInfo> schools(Filter filter) {
        String folded = filter.query() == null ? null : TextFolding.fold(filter.query().replaceAll("\\s+", " "));
        return all().stream()
                .filter(s -> filter.level() == null || s.level() == filter.level())
                .filter(s -> filter.ownership() == null || s.ownership() == filter.ownership())
                .filter(s -> filter.ward() == null || SiteDirectory.sameWard(filter.ward(), s.district()))
                .filter(s -> folded == null || TextFolding.fold(s.name()).contains(folded)
                        || TextFolding.fold(s.district()).contains(folded) || TextFolding.fold(s.address()).contains(folded))
                .toList();
    }

    /** The wards and communes that have a school, in Vietnamese order. */
    public List<String> wards() {
        return directory.wards();
    }

    public Optional<SiteInfo> bySlug(String slug) {
        return directory.bySlug(slug).filter(SiteInfo::isSchool);
    }

    private static final List<String> HEADER = List.of("slug", "name", "level", "ownership", "ward", "address",
            "phone", "email", "website");

    /** The directory as open data (CSV, one school a line); {@code origin} makes each site's address absolute. */
    public String csv(String origin) {
        return Exports.csv(HEADER, all().stream().map(s -> List.<Object>of(s.slug(), s.name(), name(s.level()),
                name(s.ownership()), nz(s.district()), nz(s.address()), nz(s.phone()), nz(s.email()),
                origin + "/s/" + s.slug() + "/")).toList());
    }

    /** The same as JSON: an array of objects with the CSV's columns. */
    public String json(String origin) {
        var array = jakarta.json.Json.createArrayBuilder();
        for (SiteInfo s : all()) {
            array.add(jakarta.json.Json.createObjectBuilder().add("slug", s.slug()).add("name", s.name())
                    .add("level", name(s.level())).add("ownership", name(s.ownership())).add("ward", nz(s.district()))
                    .add("address", nz(s.address())).add("phone", nz(s.phone())).add("email", nz(s.email()))
                    .add("website", origin + "/s/" + s.slug() + "/"));
        }
        return array.build().toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? "" : value.name();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        if (value == null || value.isBlank() || value.length() > 40) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
