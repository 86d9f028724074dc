package vn.edu.portal.demo;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionLists;
import vn.edu.portal.admission.AdmissionRounds;
import vn.edu.portal.content.ArticleService;
import vn.edu.portal.content.ArticleStatus;
import vn.edu.portal.content.DocumentService;
import vn.edu.portal.disclosure.DisclosureService;
import vn.edu.portal.disclosure.SchoolYear;
import vn.edu.portal.platform.Formats;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.procedure.ProcedureService;
import vn.edu.portal.procedure.SubmissionQueue;
import vn.edu.portal.search.web.SearchIndexing;
import vn.edu.portal.tenant.SchoolLevel;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.SiteService;

/**
 * Fills a real database like a large city, for the department-scale benchmark
 * ({@code bench/city.sh}): {@code portal.city.schools} schools of every level over the wards
 * (see {@link CityPlan}), each with its disclosure year, {@code portal.city.documents-per-school}
 * documents and {@code portal.city.articles-per-school} articles over three years; the department's
 * procedures and a queue of requests at every primary school; one grade 1 round with every public
 * primary school and {@code portal.city.applications} applications. Everything goes through the
 * services ({@link CityBatches}), search index included.
 *
 * <p>Off unless {@code portal.city.schools} is above 0 (the schools numbered from
 * {@code portal.city.first-school}; the integration tests make two that way beside the demo).
 * Resumable: each step first counts what is there and writes only what is missing, so a run that
 * was stopped starts again where it was. Articles come last, in passes that bring every school to
 * the same number, so a run stopped early still leaves a consistent city (every school with about
 * as many articles). The log reports each phase's rate ({@code City:} lines) and {@code City: done}.
 */
@ApplicationScoped
public class CityGenerator {

    private static final Logger LOG = Logger.getLogger(CityGenerator.class.getName());
    /** Above this many changes waiting for the search index, writing pauses until it catches up. */
    private static final int INDEX_BACKLOG = 20_000;

    @Inject
    PortalConfig config;

    @Inject
    SiteService sites;

    @Inject
    SiteDirectory directory;

    @Inject
    ArticleService articles;

    @Inject
    DocumentService documents;

    @Inject
    DisclosureService disclosures;

    @Inject
    AdmissionRounds rounds;

    @Inject
    AdmissionLists lists;

    @Inject
    ProcedureService procedures;

    @Inject
    SubmissionQueue submissions;

    @Inject
    DemoProcedures demoProcedures;

    @Inject
    SearchIndexing searchIndexing;

    @Inject
    CityBatches batches;

    @Resource
    ManagedExecutorService executor;

    @Resource
    jakarta.enterprise.concurrent.ManagedThreadFactory threads;

    private volatile boolean stopped;

    /** What a run is asked to make; {@code threads} schools are worked on at once. */
    record Size(int first, int schools, int articlesPerSchool, int documentsPerSchool, int applications,
                boolean requests, int threads) {
    }

    Size size() {
        return new Size(config.getInt("portal.city.first-school", 0), config.getInt("portal.city.schools", 0),
                config.getInt("portal.city.articles-per-school", 200),
                config.getInt("portal.city.documents-per-school", 10), config.getInt("portal.city.applications", 200_000),
                Boolean.parseBoolean(config.get("portal.city.requests", "true")),
                Math.max(1, config.getInt("portal.city.threads", 2)));
    }

    /** Starts the run in the background when configured (called once at start-up, after the index caught up). */
    public void startIfConfigured() {
        Size size = size();
        if (size.schools() <= 0) {
            return;
        }
        executor.submit(() -> {
            try {
                run(size);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "City: stopped by an error; start the server again to resume", e);
            }
        });
    }

    @PreDestroy
    void stop() {
        stopped = true;
    }

    /** The whole run; every phase skips what is already there. */
    public void run(Size size) {
        long start = System.nanoTime();
        LOG.info(() -> "City: generating " + size);
        SiteInfo department = directory.departmentSite().orElseThrow();
        if (size.requests() && procedures.owned(department.id()).isEmpty()) {
            demoProcedures.define(department);
        }
        boolean queues = size.requests() && procedures.owned(department.id()).stream().noneMatch(p -> p.isSuperseded());
        // the cheap and wide first (every school, its year opened, its documents, 20 articles each, the
        // applications), then what costs most per school (published items, request queues), then the
        // remaining articles: a run stopped early leaves a city of the full width
        List<SiteInfo> schools = schools(size);
        articles(schools, size, Math.min(20, size.articlesPerSchool()));
        if (size.applications() > 0) {
            admission(schools, size);
        }
        contents(schools, size, queues);
        if (queues && !stopped) {
            // the queues send one request under a procedure the demo then supersedes
            demoProcedures.replaceRepealed(department);
        }
        articles(schools, size, size.articlesPerSchool());
        waitForIndex(0);
        LOG.info(() -> String.format("City: done in %.0f s: %d schools, %d published articles, search index %d documents",
                (System.nanoTime() - start) / 1e9, schools.size(),
                articles.countBySite(ArticleStatus.PUBLISHED).values().stream().mapToLong(Long::longValue).sum(),
                searchIndexing.getCount()));
    }

    /** Each school with its disclosure year opened and its documents, {@code threads} schools at a time, in plan order. */
    private List<SiteInfo> schools(Size size) {
        Progress created = new Progress("schools", size.schools());
        Progress open = new Progress("disclosure years opened", size.schools());
        Progress docs = new Progress("documents", (long) size.schools() * size.documentsPerSchool());
        LocalDate today = LocalDate.now(Formats.VIETNAM);
        int year = SchoolYear.current();
        SiteInfo[] out = new SiteInfo[size.schools()];
        // every school first: a new site reloads the directory, which the other steps read
        parallel(size, size.schools(), i -> {
            CityPlan.School s = CityPlan.school(size.first() + i);
            SiteInfo site = directory.bySlug(s.slug()).orElse(null);
            if (site == null) {
                site = sites.createSchool(new SiteService.SiteForm(s.name(), s.slug(), s.level(), s.ownership(), s.ward(),
                        s.address(), s.phone(), "lienhe@" + s.slug() + ".edu.vn", s.principal(),
                        "Website chính thức của " + s.name() + ".", s.template()), CityBatches.ACTOR, null);
                created.add(1);
                created.maybeLog();
            }
            out[i] = site;
        });
        created.end();
        parallel(size, size.schools(), i -> {
            CityPlan.School s = CityPlan.school(size.first() + i);
            SiteInfo site = out[i];
            if (disclosures.items(site.id(), year).isEmpty()) {
                batches.openYear(site);
                open.add(1);
            }
            int have = documents.all(site.id()).size();
            for (int from = have; from < size.documentsPerSchool(); from += 10) {
                int to = Math.min(from + 10, size.documentsPerSchool());
                batches.documents(site, s, from, to, size.documentsPerSchool(), today);
                docs.add(to - from);
            }
            open.maybeLog();
            docs.maybeLog();
        });
        open.end();
        docs.end();
        return java.util.Arrays.stream(out).filter(java.util.Objects::nonNull).toList();
    }

    /** Each school's published disclosure items (its share of the plan) and, at primary schools, a queue of requests. */
    private void contents(List<SiteInfo> schools, Size size, boolean queues) {
        Progress items = new Progress("schools with published disclosure items", schools.size());
        Progress requests = new Progress("schools' request queues", schools.size() / 4);
        int year = SchoolYear.current();
        parallel(size, schools.size(), i -> {
            SiteInfo site = schools.get(i);
            int share = CityPlan.disclosureShare(size.first() + i);
            if (share > 0 && disclosures.items(site.id(), year).stream().noneMatch(v -> v.published() != null)) {
                batches.disclosure(site, share);
                items.add(1);
            }
            if (queues && site.level() == SchoolLevel.PRIMARY
                    && submissions.counts(site.id()).values().stream().mapToLong(Long::longValue).sum() == 0) {
                try {
                    demoProcedures.queue(site, CityBatches.ACTOR);
                    requests.add(1);
                } catch (RuntimeException e) {
                    // one school's queue left incomplete is no reason to stop the city; say why
                    LOG.warning("City: the request queue of " + site.slug() + " is incomplete: " + e.getMessage());
                }
            }
            items.maybeLog();
            requests.maybeLog();
        });
        items.end();
        requests.end();
    }

    /** This year's grade 1 round with every public primary school, and the applications it lacks. */
    private void admission(List<SiteInfo> schools, Size size) {
        SiteInfo department = directory.departmentSite().orElseThrow();
        LocalDate today = LocalDate.now(AdmissionRounds.ZONE);
        int year = today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear();
        String name = "Tuyển sinh lớp 1 năm học " + year + "–" + (year + 1);
        AdmissionCampaign round = rounds.campaigns(department.id()).stream().filter(c -> c.getName().equals(name))
                .findFirst().orElseGet(() -> {
                    LocalDate start = today.minusDays(10);
                    return rounds.saveCampaign(department.id(), null, new AdmissionRounds.CampaignForm(year, name, start,
                            start.plusDays(6), start.plusDays(7), start.plusDays(17), start.plusDays(24), start.plusDays(30),
                            start.plusDays(40), false, 1, true, DemoAdmission.CRITERIA, start.plusDays(40).plusYears(1)),
                            CityBatches.ACTOR, null);
                });
        List<SiteInfo> primaries = schools.stream().filter(s -> s.level() == SchoolLevel.PRIMARY
                && s.ownership() == vn.edu.portal.tenant.Ownership.PUBLIC).toList();
        for (SiteInfo site : primaries) {
            if (!rounds.lists(round.getId(), site.id())) {
                rounds.saveSchool(department.id(), round.getId(), site.slug(), 10, 35, site.district(), CityBatches.ACTOR, null);
            }
        }
        Map<String, Long> have = new HashMap<>();
        lists.counts(round, true).forEach(c -> have.put(c.slug(), c.applications()));
        Progress progress = new Progress("applications", size.applications());
        parallel(size, primaries.size(), p -> {
            SiteInfo site = primaries.get(p);
            int wanted = CityPlan.applicationsFor(p, primaries.size(), size.applications());
            int first = CityPlan.firstSerial(p, primaries.size(), size.applications());
            for (int from = have.getOrDefault(site.slug(), 0L).intValue(); from < wanted && !stopped; from += 100) {
                int to = Math.min(from + 100, wanted);
                batches.applications(round, site, first + from, first + to);
                progress.add(to - from);
                progress.maybeLog();
            }
        });
        progress.end();
    }

    /** Articles in passes of at most 20 per school up to {@code upTo} each, so that every school grows alike. */
    private void articles(List<SiteInfo> schools, Size size, int upTo) {
        int target = size.articlesPerSchool();
        Progress progress = new Progress("articles", (long) schools.size() * upTo);
        Instant now = Instant.now().minusSeconds(600);
        for (int level = Math.min(20, upTo); !stopped && level > 0; level = Math.min(level + 20, upTo)) {
            Map<Long, Long> have = articles.countBySite(ArticleStatus.PUBLISHED);
            int pass = level;
            parallel(size, schools.size(), i -> {
                SiteInfo site = schools.get(i);
                int from = have.getOrDefault(site.id(), 0L).intValue();
                if (from < pass) {
                    batches.articles(site, CityPlan.school(size.first() + i), from, pass, target, now);
                    progress.add(pass - from);
                    progress.maybeLog();
                    waitForIndex(INDEX_BACKLOG);
                }
            });
            if (stopped) {
                break;
            }
            LOG.info("City: every school has " + level + " articles");
            if (level == upTo) {
                break;
            }
        }
        progress.end();
    }

    /**
     * Runs {@code step} for 0 … {@code count}-1 on {@code size.threads()} threads of the managed
     * thread factory (they carry the application's context, as the executor's tasks do, but are
     * not queued behind the executor's long-running tasks); the first failure stops the run.
     */
    private void parallel(Size size, int count, java.util.function.IntConsumer step) {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < size.threads(); t++) {
            Thread worker = threads.newThread(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < count && !stopped && failure.get() == null;
                         i = next.getAndIncrement()) {
                        int index = i;
                        for (int attempt = 1; ; attempt++) {
                            try {
                                batches.inTransaction(() -> step.accept(index));
                                break;
                            } catch (RuntimeException e) {
                                // two steps that lock the same index pages (the audit log's) may deadlock: again
                                if (attempt >= 5 || !rolledBack(e)) {
                                    throw e;
                                }
                            }
                        }
                    }
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
                throw new IllegalStateException(e);
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("City: a step failed", failure.get());
        }
    }

    /** Whether a failure is the database's refusal of a deadlocked or timed-out transaction (SQL state class 40). */
    static boolean rolledBack(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    /** Waits (at most ten minutes) until no more than {@code most} changes wait for the search index. */
    private void waitForIndex(int most) {
        long deadline = System.nanoTime() + 600_000_000_000L;
        IntSupplier backlog = searchIndexing::backlog;
        while (backlog.getAsInt() > most && System.nanoTime() < deadline && !stopped) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Counts one phase's writes (from any thread) and logs its rate every 30 seconds and at its end. */
    private static final class Progress {
        private final String what;
        private final long planned;
        private final long start = System.nanoTime();
        private long done;
        private long lastLog = System.nanoTime();
        private long doneAtLastLog;

        Progress(String what, long planned) {
            this.what = what;
            this.planned = planned;
        }

        synchronized void add(long n) {
            done += n;
        }

        synchronized void maybeLog() {
            long now = System.nanoTime();
            if (now - lastLog >= 30_000_000_000L) {
                double seconds = (now - lastLog) / 1e9;
                long written = done - doneAtLastLog;
                LOG.info(String.format("City: %s: %,d written (of at most %,d), %.1f/s over the last %.0f s", what, done,
                        planned, written / seconds, seconds));
                lastLog = now;
                doneAtLastLog = done;
            }
        }

        synchronized void end() {
            double seconds = (System.nanoTime() - start) / 1e9;
            LOG.info(String.format("City: %s: %,d written in %.1f s (%.1f/s)", what, done, seconds,
                    seconds > 0 ? done / seconds : 0));
        }
    }
}
