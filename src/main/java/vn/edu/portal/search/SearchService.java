package vn.edu.portal.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.edu.portal.platform.PortalConfig;

/**
 * The portal's search index, kept in {@code portal.search.dir} (by default {@code search} under
 * {@code portal.storage.dir}). Safe to call from any thread. A change is searchable within a second
 * and on disk within a few seconds, and at shutdown. The directory belongs to one server at a time:
 * Lucene locks it, so servers in a cluster each need their own.
 */
@ApplicationScoped
public class SearchService {

    private static final Logger LOG = Logger.getLogger(SearchService.class.getName());
    /** Well inside the promised second; reopening an unchanged index costs next to nothing. */
    private static final long REFRESH_MILLIS = 500;
    /** What a crash can lose (a reindex brings it back); a commit syncs files, so not on every change. */
    private static final long COMMIT_SECONDS = 5;

    @Inject
    PortalConfig config;

    private Directory directory;
    private SearchIndex index;
    private ScheduledExecutorService maintenance;

    @PostConstruct
    void open() {
        Path location = Path.of(config.get("portal.search.dir", config.storageDir().resolve("search").toString()));
        // A server that is still stopping (a restart, a redeploy) may hold the index's write lock
        // for a few seconds: wait for it rather than fail to start.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                Files.createDirectories(location);
                directory = FSDirectory.open(location);
                index = new SearchIndex(directory);
                break;
            } catch (org.apache.lucene.store.LockObtainFailedException e) {
                closeQuietly();
                if (System.nanoTime() > deadline) {
                    throw new UncheckedIOException("The search index in " + location + " is locked by another server", e);
                }
                sleep(500);
            } catch (IOException e) {
                closeQuietly();
                throw new UncheckedIOException("Cannot open the search index in " + location, e);
            }
        }
        maintenance = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "portal-search-maintenance");
            thread.setDaemon(true);
            return thread;
        });
        maintenance.scheduleWithFixedDelay(() -> quietly("refresh", index::refresh),
                REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
        maintenance.scheduleWithFixedDelay(() -> quietly("commit", index::commit),
                COMMIT_SECONDS, COMMIT_SECONDS, TimeUnit.SECONDS);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the search index", e);
        }
    }

    @PreDestroy
    void close() {
        if (maintenance != null) {
            maintenance.shutdownNow();
            try {
                maintenance.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeQuietly();
    }

    public void index(SearchDocument document) {
        index.index(document);
    }

    public void remove(String key) {
        index.remove(key);
    }

    /** Removes the site's entries of {@code type} whose keys are not in {@code keep}. */
    public void removeOthers(long siteId, String type, java.util.Collection<String> keep) {
        index.removeOthers(siteId, type, keep);
    }

    public void removeSite(long siteId) {
        index.removeSite(siteId);
    }

    public void refresh() {
        index.refresh();
    }

    public SearchPage search(String query, Long siteId, int page, int pageSize) {
        return index.search(query, siteId, page, pageSize);
    }

    public void reindex(Iterator<SearchDocument> documents, IntConsumer progress) {
        index.reindex(documents, progress);
    }

    public void reindexSite(long siteId, Iterator<SearchDocument> documents, IntConsumer progress) {
        index.reindexSite(siteId, documents, progress);
    }

    public long count() {
        return index.count();
    }

    /** When the index on disk was last committed (epoch millis); 0 if unknown. */
    /** The kinds of documents of the index's last whole rebuild ({@link SearchIndex#CONTENTS} when current). */
    public String contents() {
        return index.contents();
    }

    public long committedAt() {
        return index.committedAt();
    }

    /** A failed background refresh or commit is retried on the next round; the schedule must go on. */
    private static void quietly(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search index " + what + " failed", e);
        }
    }

    private void closeQuietly() {
        try {
            if (index != null) {
                index.close();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Closing the search index failed", e);
        }
        try {
            if (directory != null) {
                directory.close();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Closing the search directory failed", e);
        }
        index = null;
        directory = null;
    }
}
