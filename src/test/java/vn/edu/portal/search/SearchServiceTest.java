package vn.edu.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.portal.search.SearchFixture.article;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.portal.platform.PortalConfig;

class SearchServiceTest {

    @TempDir
    Path storage;

    private SearchService openService() {
        SearchService service = new SearchService();
        service.config = new PortalConfig() {
            @Override
            public String get(String key, String fallback) {
                return fallback;
            }

            @Override
            public Path storageDir() {
                return storage;
            }
        };
        service.open();
        return service;
    }

    @Test
    void aChangeBecomesSearchableWithoutAnExplicitRefresh() throws InterruptedException {
        SearchService service = openService();
        try {
            service.index(article(1, "article:1", "Lễ khai giảng", "Năm học mới."));
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (service.search("khai giảng", 1L, 1, 10).total() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(1, service.search("khai giảng", 1L, 1, 10).total());
        } finally {
            service.close();
        }
    }

    @Test
    void keepsTheIndexUnderTheStorageDirectoryAcrossRestartsAndStopsItsThread() {
        SearchService service = openService();
        service.index(article(1, "article:1", "Lịch thi", "Lịch thi học kỳ."));
        service.close();
        assertTrue(Files.isDirectory(storage.resolve("search")));
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("portal-search-maintenance") && thread.isAlive()));

        SearchService reopened = openService();
        try {
            assertEquals(1, reopened.count());
            assertEquals(1, reopened.search("lich thi", null, 1, 10).total());
        } finally {
            reopened.close();
        }
    }
}
