package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    /** A page of {@code size} bytes that does not compress (so each one takes its size, or more, kept). */
    private static byte[] page(Random random, int size) {
        StringBuilder text = new StringBuilder("<!DOCTYPE html><p>");
        while (text.length() < size) {
            text.append(Long.toString(random.nextLong(), 36));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFloodOfAddressesNobodyReadsAgainStaysWithinTheBudgetAndLeavesThePagesInUse() {
        PageCache cache = new PageCache();
        cache.setMaxBytes(1024 * 1024);
        Random random = new Random(7);
        long generation = cache.generation(1);
        cache.put(1, "home", page(random, 4000), "text/html", generation);
        cache.put(1, "article", page(random, 4000), "text/html", generation);
        assertNotNull(cache.get(1, "home"), "read again once stored");
        for (int i = 0; i < 3000; i++) {
            cache.put(1, "junk" + i, page(random, 4000), "text/html", generation);
            assertTrue(cache.storedBytes() <= 1024 * 1024, "over the budget after " + i + ": " + cache.storedBytes());
        }
        assertNotNull(cache.get(1, "home"), "the page in use stays");
        assertNull(cache.get(1, "article"), "a page nobody read again leaves with the flood");
        assertTrue(cache.size() > 50 && cache.size() < 300, "pages kept: " + cache.size());
    }

    @Test
    void pagesOfASiteThatChangedLeaveFirstAndTheCountFollowsTheMap() {
        PageCache cache = new PageCache();
        cache.setMaxBytes(1024 * 1024);
        Random random = new Random(11);
        cache.put(2, "old", page(random, 4000), "text/html", cache.generation(2));
        cache.get(2, "old");
        cache.invalidateSite(2);
        cache.put(3, "other", page(random, 4000), "text/html", cache.generation(3));
        for (int i = 0; i < 400; i++) {
            cache.put(3, "page" + i, page(random, 4000), "text/html", cache.generation(3));
            cache.get(3, "page" + i);
        }
        assertNull(cache.get(2, "old"));
        cache.invalidateAll();
        assertEquals(0, cache.size());
        assertEquals(0, cache.storedBytes());
    }

    /** The department's procedures and catalogue show on every school's pages: its change drops them all. */
    @Test
    void aChangeOfTheDepartmentDropsEverySchoolsPages() {
        PageCache cache = new PageCache();
        cache.setAggregateSiteId(1);
        Random random = new Random(13);
        cache.put(5, "thu-tuc", page(random, 2000), "text/html", cache.generation(5));
        cache.put(6, "thu-tuc", page(random, 2000), "text/html", cache.generation(6));
        cache.invalidateShared(5);
        assertNull(cache.get(5, "thu-tuc"), "the school that changed");
        assertNotNull(cache.get(6, "thu-tuc"), "another school's change leaves this one");
        cache.invalidateSiteAndAggregate(1);
        assertNotNull(cache.get(6, "thu-tuc"), "the department's own news leave the schools' pages");
        cache.invalidateShared(1);
        assertNull(cache.get(6, "thu-tuc"), "the department's change drops every school's pages");
    }
}
