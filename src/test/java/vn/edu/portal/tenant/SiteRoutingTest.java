package vn.edu.portal.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteRoutingTest {

    private static SiteInfo site(long id, SiteKind kind, String slug) {
        return new SiteInfo(id, kind, slug, slug, SchoolLevel.PRIMARY, Ownership.PUBLIC, null, null, null, null,
                null, null, "classic", null, 0, List.of());
    }

    private final SiteInfo department = site(1, SiteKind.DEPARTMENT, "so");
    private final SiteInfo school = site(2, SiteKind.SCHOOL, "thnguyenhue");
    private final Map<String, SiteInfo> bySlug = Map.of("so", department, "thnguyenhue", school);
    private final Map<String, SiteInfo> byAlias = Map.of("thnguyenhue.edu.vn", school);
    private final SiteRouting routing = new SiteRouting("demo.edu.vn", List.of("127.0.0.1"));

    private SiteRouting.Route route(String host, String path) {
        return routing.route(SiteRouting.hostWithoutPort(host), path, s -> Optional.ofNullable(bySlug.get(s)),
                h -> Optional.ofNullable(byAlias.get(h)), () -> Optional.of(department));
    }

    @Test
    void departmentHostServesTheDepartmentAndSchoolsUnderS() {
        assertEquals(department, route("demo.edu.vn", "/").site());
        assertEquals(department, route("www.demo.edu.vn:8080", "/trang/x").site());
        assertEquals(department, route("127.0.0.1:8080", "/").site());
        SiteRouting.Route school = route("demo.edu.vn", "/s/thnguyenhue/trang/gioi-thieu");
        assertEquals(this.school, school.site());
        assertEquals("/s/thnguyenhue/", school.base());
        assertEquals("trang/gioi-thieu", school.rest());
        assertEquals("/s/thnguyenhue/", route("demo.edu.vn", "/s/thnguyenhue").redirect());
    }

    @Test
    void subdomainAndAliasServeTheSchoolWithRootLinks() {
        SiteRouting.Route bySubdomain = route("ThNguyenHue.Demo.Edu.Vn:443", "/trang/lien-he");
        assertEquals(school, bySubdomain.site());
        assertEquals("/", bySubdomain.base());
        assertEquals("trang/lien-he", bySubdomain.rest());
        assertEquals(school, route("thnguyenhue.edu.vn.", "/").site());
    }

    @Test
    void unknownHostsSlugsAndTheDepartmentAsASchoolAreNotFound() {
        assertFalse(route("khongco.demo.edu.vn", "/").found());
        assertFalse(route("demo.edu.vn", "/s/khongco/").found());
        assertFalse(route("so.demo.edu.vn", "/").found(), "the department is not a school");
        assertFalse(route("demo.edu.vn", "/s/so/").found());
        assertFalse(route("a.thnguyenhue.demo.edu.vn", "/").found(), "only one label before the domain");
        assertFalse(route("evil.example.com", "/").found());
        assertFalse(route("demo.edu.vn.evil.com", "/").found());
        assertNull(route("", "/").site());
    }
}
