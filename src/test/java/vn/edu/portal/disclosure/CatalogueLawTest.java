package vn.edu.portal.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.edu.portal.tenant.SchoolLevel;

/**
 * The disclosure catalogue as the migrations leave it, read against Circular 09/2024/TT-BGDĐT:
 * at every school level, each article of chapter II that governs that level, and article 14
 * (the annual report), has at least one active item citing it; every active item cites an article
 * at every level it applies to; no deadline claims a source it does not have.
 */
class CatalogueLawTest {

    /**
     * What the circular asks of each level: articles 4 (general information) and 5 (revenue and
     * spending) of every school; 6–7 of preschools, 8–9 of general schools, 10–11 of
     * continuing-education centres (conditions for quality, then plans and results); 14, the
     * annual report. Articles 12–13 concern higher education.
     */
    static final Map<SchoolLevel, Set<Integer>> ARTICLES = new EnumMap<>(Map.of(
            SchoolLevel.PRESCHOOL, Set.of(4, 5, 6, 7, 14),
            SchoolLevel.PRIMARY, Set.of(4, 5, 8, 9, 14),
            SchoolLevel.LOWER_SECONDARY, Set.of(4, 5, 8, 9, 14),
            SchoolLevel.UPPER_SECONDARY, Set.of(4, 5, 8, 9, 14),
            SchoolLevel.CONTINUING, Set.of(4, 5, 10, 11, 14)));

    private static Connection db;

    @BeforeAll
    static void migrate() throws SQLException {
        String url = "jdbc:h2:mem:catalogue-law;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        db = DriverManager.getConnection(url, "sa", "");
    }

    @AfterAll
    static void close() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    private record Cited(String code, String itemLevels, String ownerships, String citedLevels, Integer article) {
    }

    private static List<Cited> catalogue() throws SQLException {
        List<Cited> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT i.code, i.levels, i.ownerships,"
                + " c.levels, c.article FROM disclosure_item i LEFT JOIN disclosure_citation c ON c.item_id = i.id"
                + " WHERE i.basis_code = '09/2024' AND i.active = TRUE ORDER BY i.sort_order, i.code")) {
            while (r.next()) {
                out.add(new Cited(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        (Integer) r.getObject(5)));
            }
        }
        return out;
    }

    private static boolean lists(String levels, SchoolLevel level) {
        return levels != null && List.of(levels.split(",")).contains(level.name());
    }

    @ParameterizedTest
    @EnumSource(SchoolLevel.class)
    void everyArticleThatAppliesToTheLevelHasAnItemCitingIt(SchoolLevel level) throws SQLException {
        Set<Integer> cited = new TreeSet<>();
        for (Cited c : catalogue()) {
            if (lists(c.itemLevels(), level) && lists(c.citedLevels(), level) && c.ownerships().contains("PUBLIC")) {
                cited.add(c.article());
            }
        }
        assertTrue(cited.containsAll(ARTICLES.get(level)), level + ": articles " + ARTICLES.get(level) + ", cited " + cited);
        Set<Integer> other = new TreeSet<>(cited);
        other.removeAll(ARTICLES.get(level));
        assertEquals(Set.of(), other, level + ": no item cites an article that governs another level");
    }

    @Test
    void everyActiveItemCitesAnArticleAtEveryLevelItAppliesTo() throws SQLException {
        List<Cited> all = catalogue();
        List<String> uncited = new ArrayList<>();
        for (Cited item : all) {
            for (String level : item.itemLevels().split(",")) {
                boolean found = all.stream().anyMatch(c -> c.code().equals(item.code()) && c.citedLevels() != null
                        && lists(c.citedLevels(), SchoolLevel.valueOf(level)));
                if (!found) {
                    uncited.add(item.code() + " at " + level);
                }
            }
        }
        assertEquals(List.of(), uncited.stream().distinct().toList());
    }

    @Test
    void privateSchoolsAlsoDiscloseTheirInvestors() throws SQLException {
        assertTrue(catalogue().stream().anyMatch(c -> c.ownerships().equals("PRIVATE") && c.article() == 4));
    }

    @Test
    void aDeadlineCitesTheTextThatSetsItOrIsADepartmentSetting() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT code, deadline_source FROM disclosure_item WHERE basis_code = '09/2024'")) {
            while (r.next()) {
                String source = r.getString(2);
                assertTrue(source == null || source.startsWith("Điều"), r.getString(1) + ": " + source);
            }
        }
    }

    @Test
    void itemsAPreschoolPublishesDoNotSpeakOfPupils() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT code, title FROM disclosure_item"
                + " WHERE basis_code = '09/2024' AND active = TRUE AND levels LIKE '%PRESCHOOL%'")) {
            while (r.next()) {
                assertTrue(!r.getString(2).contains("học sinh"), r.getString(1) + ": " + r.getString(2));
            }
        }
    }

    @Test
    void theTablesAskForRatesAndPreschoolWords() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT code, table_kind FROM disclosure_item"
                + " WHERE basis_code = '09/2024' AND kind = 'TABLE' ORDER BY code")) {
            List<String> kinds = new ArrayList<>();
            while (r.next()) {
                kinds.add(r.getString(1) + "=" + r.getString(2));
                assertTrue(!TableKind.valueOf(r.getString(2)).legacy(), r.getString(1) + " uses a shape of 36/2017");
            }
            assertEquals(List.of("3.1=STAFF_QUALITY", "3.2=FACILITIES", "3.6=AREAS", "4.3=OUTCOMES"), kinds);
        }
    }
}
