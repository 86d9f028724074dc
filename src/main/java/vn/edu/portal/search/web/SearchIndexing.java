package vn.edu.portal.search.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import vn.edu.portal.content.ArticleView;
import vn.edu.portal.content.ContentChanged;
import vn.edu.portal.content.ContentService;
import vn.edu.portal.content.DocumentService;
import vn.edu.portal.content.PublishedArticles;
import vn.edu.portal.platform.HtmlText;
import vn.edu.portal.search.SearchDocument;
import vn.edu.portal.search.SearchService;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * Keeps the search index in step with what is public: a published change is indexed after its
 * transaction commits (searchable within a second), an unpublished or deleted item is removed.
 * A full reindex, of one site or of everything, runs in the background and reports progress.
 */
@ApplicationScoped
public class SearchIndexing {

    private static final Logger LOG = Logger.getLogger(SearchIndexing.class.getName());

    @Inject
    SearchService search;

    @Inject
    PublishedArticles articles;

    @Inject
    ContentService content;

    @Inject
    DocumentService documents;

    @Inject
    vn.edu.portal.procedure.ProcedureService procedures;

    @Inject
    SiteDirectory directory;

    @Resource
    ManagedExecutorService executor;

    @Inject
    IndexUpdates updates;

    private final java.util.concurrent.BlockingQueue<ContentChanged> pending =
            new java.util.concurrent.LinkedBlockingQueue<>(100_000);
    private volatile boolean stopped;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger progress = new AtomicInteger();
    private volatile String lastResult = "";

    /**
     * After the commit, the index update runs on the managed executor: the transaction-completion
     * callback has no component context to read the database from, and the request need not wait.
     */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        pending.add(change);
    }

    /**
     * Starts the one worker that applies queued changes in order (a burst of saves makes no
     * burst of threads). Called once at start-up, from a thread with the application's context.
     */
    public void start() {
        executor().submit(() -> {
            while (!stopped) {
                try {
                    ContentChanged change = pending.poll(500, java.util.concurrent.TimeUnit.MILLISECONDS);
                    if (change != null) {
                        updates.apply(this, change);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not update the search index", e);
                }
            }
        });
    }

    /** The injected executor, or the default one looked up if the bean was made where none was injected. */
    private ManagedExecutorService executor() {
        if (executor == null) {
            try {
                executor = javax.naming.InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
            } catch (javax.naming.NamingException e) {
                throw new IllegalStateException("No managed executor for the search index", e);
            }
        }
        return executor;
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        stopped = true;
    }

    /** Applies one change; called by {@link IndexUpdates} inside a transaction. */
    public void apply(ContentChanged change) {
        if (change.key().equals("pages") || change.key().startsWith("page-deleted:")) {
            // Pages are keyed by slug: after a rename, an unpublish or a delete, whatever is not a
            // published page now goes, whichever slug it was indexed under.
            directory.byId(change.siteId()).ifPresent(site -> {
                java.util.List<String> published = new java.util.ArrayList<>();
                for (ContentService.PageView page : content.publishedPages(site.id())) {
                    SearchDocument document = document(site, page);
                    search.index(document);
                    published.add(document.key());
                }
                search.removeOthers(site.id(), "page", published);
            });
            return;
        }
        if (change.key().equals("procedure")) {
            // The department's procedures are offered on every school's site: each site's are indexed again.
            boolean everywhere = directory.byId(change.siteId()).map(SiteInfo::isDepartment).orElse(false);
            reindexProcedures(everywhere ? directory.all() : directory.byId(change.siteId()).stream().toList());
            return;
        }
        if (change.key().startsWith("document:")) {
            long id = Long.parseLong(change.key().substring("document:".length()));
            documents.publishedOne(change.siteId(), id).ifPresentOrElse(
                    document -> directory.byId(change.siteId()).ifPresent(site -> search.index(document(site, document))),
                    () -> search.remove(change.key()));
            return;
        }
        if (!change.key().startsWith("article:")) {
            return;
        }
        long id = Long.parseLong(change.key().substring("article:".length()));
        articles.visible(change.siteId(), id).ifPresentOrElse(
                article -> directory.byId(article.siteId()).ifPresent(site -> search.index(document(site, article))),
                () -> search.remove(change.key()));
    }

    @Inject
    vn.edu.portal.platform.Cluster cluster;

    /**
     * At start-up: an empty index (first start, lost disk) is rebuilt in the background; an index
     * that was closed a while ago (a restart, a crash, a server that was away while others kept
     * publishing) replays the change log since its last commit, or is rebuilt when the log does
     * not reach back that far.
     */
    public void catchUp() {
        if (search.count() == 0 || !vn.edu.portal.search.SearchIndex.CONTENTS.equals(search.contents())) {
            // Empty, or built before a kind of document was added to what is searched.
            reindex(null);
            return;
        }
        long committedAt = search.committedAt();
        // A minute before the commit: changes still queued at the commit were not in it.
        if (committedAt == 0 || cluster.replaySince(committedAt - 60_000) < 0) {
            reindex(null);
        }
    }

    /** Rebuilds the index of one site, or of all sites (null), unless a rebuild is running. */
    public boolean reindex(Long siteId) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        progress.set(0);
        executor().submit(() -> {
            try {
                updates.reindex(this, siteId);
                lastResult = "ok:" + progress.get();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Reindex failed", e);
                lastResult = "error";
            } finally {
                running.set(false);
            }
        });
        return true;
    }

    public boolean isRunning() {
        return running.get();
    }

    public int getProgress() {
        return progress.get();
    }

    public String getLastResult() {
        return lastResult;
    }

    /** Changes committed but not yet in the index (a bulk writer waits while there are many). */
    public int backlog() {
        return pending.size();
    }

    public long getCount() {
        return search.count();
    }

    public void reindexNow(Long siteId) {
        if (siteId == null) {
            search.reindex(documents(null), progress::set);
        } else {
            search.reindexSite(siteId, documents(siteId), progress::set);
        }
    }

    private Iterator<SearchDocument> documents(Long siteId) {
        java.util.Collection<SiteInfo> sites = siteId == null ? directory.all() : directory.byId(siteId).stream().toList();
        java.util.Map<Long, java.util.List<vn.edu.portal.procedure.Procedure>> offered = procedures.offeredBy(sites);
        return sites.stream().flatMap(site -> Stream.of(
                content.publishedPages(site.id()).stream().map(page -> document(site, page)),
                articles.allVisible(site.id()).map(article -> document(site, article)),
                documents.allPublished(site.id()).map(document -> document(site, document)),
                offered.get(site.id()).stream().map(procedure -> document(site, procedure))).flatMap(s -> s)).iterator();
    }

    /**
     * A site's procedures as it offers them (its own and the department's for its level): a parent searches
     * "miễn giảm học phí" or "chuyển trường" on the school's site. The key names the site, since the
     * department's procedures are offered, and found, on every school's.
     */
    static SearchDocument document(SiteInfo site, vn.edu.portal.procedure.Procedure procedure) {
        String text = String.join("\n", java.util.stream.Stream.of(procedure.getApplicants(), procedure.getSteps(),
                procedure.getDocuments(), procedure.getResult(), procedure.getLegalBasis())
                .filter(part -> part != null && !part.isBlank()).toList());
        return new SearchDocument("procedure:" + site.id() + ":" + procedure.getSlug(), site.id(), site.name(), site.slug(),
                procedure.getSiteId() == site.id() ? "procedure" : vn.edu.portal.search.SearchIndex.SHARED_PROCEDURE,
                procedure.getName(), text, "thu-tuc/" + procedure.getSlug(), procedure.getUpdatedAt());
    }

    /** The procedures each site offers now, each indexed again, and those it no longer offers removed. */
    private void reindexProcedures(java.util.Collection<SiteInfo> sites) {
        java.util.Map<Long, java.util.List<vn.edu.portal.procedure.Procedure>> offered = procedures.offeredBy(sites);
        for (SiteInfo site : sites) {
            java.util.List<String> keys = new java.util.ArrayList<>();
            for (vn.edu.portal.procedure.Procedure procedure : offered.get(site.id())) {
                SearchDocument document = document(site, procedure);
                search.index(document);
                keys.add(document.key());
            }
            search.removeOthers(site.id(), "procedure", keys);
            search.removeOthers(site.id(), vn.edu.portal.search.SearchIndex.SHARED_PROCEDURE, keys);
        }
    }

    static SearchDocument document(SiteInfo site, ContentService.PageView page) {
        return new SearchDocument("page:" + site.id() + ":" + page.slug(), site.id(), site.name(), site.slug(), "page",
                page.title(), HtmlText.of(page.body()), "trang/" + page.slug(), page.updatedAt());
    }

    static SearchDocument document(SiteInfo site, DocumentService.DocumentView document) {
        return new SearchDocument("document:" + document.id(), site.id(), site.name(), site.slug(), "document",
                document.number() + " – " + document.summary(), document.summary() + "\n" + document.issuer()
                + (document.signer() == null ? "" : "\n" + document.signer()),
                "van-ban?so=" + java.net.URLEncoder.encode(document.number(), java.nio.charset.StandardCharsets.UTF_8)
                + "#vb-" + document.id(), document.issuedOn() == null ? document.updatedAt()
                : document.issuedOn().atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    }

    static SearchDocument document(SiteInfo site, ArticleView article) {
        String text = (article.summary() == null ? "" : article.summary() + "\n") + HtmlText.of(article.body())
                + (article.tags().isEmpty() ? "" : "\n" + String.join(", ", article.tags()));
        return new SearchDocument("article:" + article.id(), site.id(), site.name(), site.slug(), "article",
                article.title(), text, "bai-viet/" + article.slug(), article.publishedAt());
    }
}
