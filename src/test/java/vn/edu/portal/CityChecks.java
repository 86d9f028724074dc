package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.edu.portal.demo.CityPlan;
import vn.edu.portal.it.Deployments;
import vn.edu.portal.it.PortalClient;

/**
 * A small run of the department-scale generator (demo.CityGenerator) through the real services:
 * on H2 the suite's server is started with {@code PORTAL_CITY_SCHOOLS=2} from school 1900 (see the
 * pom), three articles and one document each, and the generator writes them in the background
 * at start-up. Each school then has its site from its level's template, its ward in the directory,
 * its articles on its home and in search (the index is fed as for any save), its document and its
 * whole disclosure year published.
 */
abstract class CityChecks {

    private static final List<CityPlan.School> SCHOOLS = List.of(CityPlan.school(1900), CityPlan.school(1901));

    /** The generator runs after start-up: its schools appear within the deadline. */
    private static PortalClient.Page untilHomeHasArticles(PortalClient visitor, String slug) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        PortalClient.Page home = visitor.get("/s/" + slug + "/");
        while (System.nanoTime() < deadline && (home.status() != 200 || home.doc().select("a[href*=/bai-viet/]").size() < 3)) {
            Thread.sleep(500);
            home = visitor.get("/s/" + slug + "/");
        }
        return home;
    }

    @Test
    void theGeneratedSchoolsAreWholeSitesMadeThroughTheServices() throws InterruptedException {
        assumeTrue(Deployments.embeddedDatabase(), "the suite's generator settings are those of the H2 run");
        PortalClient visitor = new PortalClient();
        for (CityPlan.School school : SCHOOLS) {
            PortalClient.Page home = untilHomeHasArticles(visitor, school.slug());
            assertEquals(200, home.status(), school.slug());
            assertTrue(home.doc().select("a[href*=/bai-viet/]").size() >= 3, home.text());
            assertTrue(home.text().contains(school.name()), home.text());

            PortalClient.Page directory = visitor.get("/truong-hoc?phuong=" + URLEncoder.encode(school.ward(), StandardCharsets.UTF_8));
            assertTrue(directory.text().contains(school.name()), directory.text());

            PortalClient.Page documents = visitor.get("/s/" + school.slug() + "/van-ban");
            assertTrue(documents.text().contains("1/KH-" + school.slug().toUpperCase(java.util.Locale.ROOT)), documents.text());

            String title = home.doc().select("a[href*=/bai-viet/]").stream().map(a -> a.text().strip())
                    .filter(t -> t.split("\\s+").length >= 3).findFirst().orElseThrow(() -> new AssertionError(home.text()));
            String words = String.join(" ", List.of(title.split("\\s+")).subList(0, 3));
            PortalClient.Page search = visitor.get("/s/" + school.slug() + "/tim-kiem?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!search.text().contains(title) && System.nanoTime() < deadline) {
                Thread.sleep(500);
                search = visitor.get("/s/" + school.slug() + "/tim-kiem?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
            }
            assertTrue(search.text().contains(title), "search for " + words + ": " + search.text());

            PortalClient.Page overview = visitor.get("/cong-khai?phuong=" + URLEncoder.encode(school.ward(), StandardCharsets.UTF_8));
            Matcher counts = Pattern.compile("(\\d+)/(\\d+) đã công khai").matcher(overview.doc().select("#disclosures .school-card")
                    .stream().filter(card -> card.text().contains(school.name())).findFirst().orElseThrow().text());
            assertTrue(counts.find(), overview.text());
            assertEquals(counts.group(2), counts.group(1), "the plan gives schools 1900 and 1901 their whole year: " + counts.group());
        }
    }
}
