package vn.edu.portal.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.platform.AuditLog;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * External feeds of schools hosted elsewhere: the department registers and removes them, the
 * aggregate reads their stored items, and {@link ExternalFeedPoller} records each poll here.
 * External feeds belong to the department, not to a school site: the optional school site
 * only says whose feed it is.
 */
@ApplicationScoped
public class ExternalFeedService {

    static final String ALLOW_PRIVATE_HOSTS = "portal.feed.allow-private-hosts";

    /** An external feed as the department's administration page shows it. */
    public record ExternalFeedInfo(long id, String name, String url, Long schoolSiteId, Instant lastPolledAt,
                                   Instant nextPollAt, int failures, String lastError, Instant createdAt) {
        static ExternalFeedInfo of(ExternalFeed f) {
            return new ExternalFeedInfo(f.getId(), f.getName(), f.getUrl(), f.getSchoolSiteId(), f.getLastPolledAt(),
                    f.getNextPollAt(), f.getFailures(), f.getLastError(), f.getCreatedAt());
        }

        public long getId() { return id; }
        public String getName() { return name; }
        public String getUrl() { return url; }
        public Long getSchoolSiteId() { return schoolSiteId; }
        public Instant getLastPolledAt() { return lastPolledAt; }
        public Instant getNextPollAt() { return nextPollAt; }
        public int getFailures() { return failures; }
        public String getLastError() { return lastError; }
        public Instant getCreatedAt() { return createdAt; }
    }

    /** What the poller needs to poll one feed it has claimed. */
    public record PollTarget(long feedId, String url, String etag, String lastModified) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    PortalConfig config;

    @Inject
    SiteDirectory sites;

    @Transactional
    public long register(String name, String url, Long schoolSiteId, String actor, String ip) {
        FieldErrors errors = new FieldErrors();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            errors.add("name", "feed.name.required");
        } else if (cleanName.length() > 200) {
            errors.add("name", "validation.tooLong", 200);
        }
        String cleanUrl = url == null ? "" : url.strip();
        String hash = null;
        Optional<FeedAddresses.Problem> problem = FeedAddresses.problem(cleanUrl, allowPrivateHosts(config));
        if (problem.isEmpty()) {
            hash = urlHash(FeedAddresses.parse(cleanUrl).orElseThrow());
            if (!em.createQuery("select f.id from ExternalFeed f where f.urlHash = :h", Long.class)
                    .setParameter("h", hash).getResultList().isEmpty()) {
                errors.add("url", "feed.url.taken");
            }
        } else if (problem.get() == FeedAddresses.Problem.PRIVATE) {
            errors.add("url", "feed.url.private");
        } else if (problem.get() == FeedAddresses.Problem.UNKNOWN_HOST) {
            errors.add("url", "feed.url.unknownHost");
        } else {
            errors.add("url", "feed.url.invalid");
        }
        if (schoolSiteId != null && sites.byId(schoolSiteId).filter(SiteInfo::isSchool).isEmpty()) {
            errors.add("schoolSiteId", "feed.site.unknown");
        }
        errors.throwIfAny();
        ExternalFeed feed = new ExternalFeed(cleanName, cleanUrl, hash, schoolSiteId, Instant.now());
        em.persist(feed);
        audit.record(actor, null, "feed.register", cleanName + " · " + cleanUrl, ip);
        return feed.getId();
    }

    /** Removes the feed and the items copied from it. Unknown ids are ignored. */
    @Transactional
    public void remove(long id, String actor, String ip) {
        ExternalFeed feed = em.find(ExternalFeed.class, id);
        if (feed == null) {
            return;
        }
        em.createQuery("delete from ExternalFeedItem i where i.feedId = :f").setParameter("f", id).executeUpdate();
        em.remove(feed);
        audit.record(actor, null, "feed.remove", feed.getName() + " · " + feed.getUrl(), ip);
    }

    public List<ExternalFeedInfo> list() {
        return em.createQuery("select f from ExternalFeed f order by f.name, f.id", ExternalFeed.class)
                .getResultList().stream().map(ExternalFeedInfo::of).toList();
    }

    /** The newest stored items of all external feeds, newest first, ready for the aggregate. */
    public List<FeedEntry> recentItems(int max) {
        List<Object[]> rows = em.createQuery("select i, f.name from ExternalFeedItem i, ExternalFeed f "
                        + "where f.id = i.feedId order by i.publishedAt desc, i.id desc", Object[].class)
                .setMaxResults(max).getResultList();
        String idPrefix = "tag:" + config.departmentDomain() + ",2026:external-item:";
        List<FeedEntry> entries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ExternalFeedItem item = (ExternalFeedItem) row[0];
            entries.add(new FeedEntry(idPrefix + item.getId(), item.getTitle(), item.getLink(), item.getSummary(),
                    item.getPublishedAt(), item.getPublishedAt(), null, List.of(), (String) row[1], true));
        }
        return entries;
    }

    /**
     * Ids of the feeds due for a poll, the longest waiting first. For the poller. Compared in
     * Java rather than in JPQL: the department has a few hundred feeds at most, and this keeps
     * away from how each driver binds an Instant parameter against a converted column.
     */
    public List<Long> dueFeedIds(Instant now, int max) {
        return em.createQuery("select f from ExternalFeed f", ExternalFeed.class).getResultList().stream()
                .filter(f -> !f.getNextPollAt().isAfter(now))
                .sorted(Comparator.comparing(ExternalFeed::getNextPollAt).thenComparing(ExternalFeed::getId))
                .limit(max).map(ExternalFeed::getId).toList();
    }

    /**
     * Claims a due feed for one poll by moving its next poll forward. With several nodes, the
     * row version lets only one of them commit the claim; the others get an optimistic-lock
     * failure and skip the feed. For the poller.
     */
    @Transactional
    public Optional<PollTarget> claim(long feedId, Instant now) {
        ExternalFeed feed = em.find(ExternalFeed.class, feedId);
        if (feed == null || feed.getNextPollAt().isAfter(now)) {
            return Optional.empty();
        }
        feed.scheduleAt(now.plus(PollSchedule.CLAIM));
        em.flush();
        return Optional.of(new PollTarget(feedId, feed.getUrl(), feed.getEtag(), feed.getLastModified()));
    }

    /**
     * Stores the outcome of one poll: new items (guids not seen before), the validators, and
     * the next poll time. Returns how many items were new. For the poller.
     */
    @Transactional
    public int recordPoll(long feedId, FetchResult result, Instant now) {
        ExternalFeed feed = em.find(ExternalFeed.class, feedId);
        if (feed == null) {
            return 0; // removed while it was being polled
        }
        if (result.status() == FetchResult.Status.FAILED) {
            feed.failed(now, result.reason(), PollSchedule.next(now, feed.getFailures() + 1));
            return 0;
        }
        int added = 0;
        if (result.status() == FetchResult.Status.FETCHED) {
            Set<String> known = knownGuidKeys(feedId, result.items());
            for (FetchResult.Item item : result.items()) {
                if (known.add(FeedFetcher.guidKey(item.guid()))) {
                    // A date in the future would keep an item on top of the aggregate for ever.
                    Instant published = item.published() == null || item.published().isAfter(now) ? now : item.published();
                    em.persist(new ExternalFeedItem(feedId, item.guid(), item.title(), item.link(), item.summary(),
                            published, now));
                    added++;
                }
            }
        }
        feed.succeeded(now, result.etag(), result.lastModified(), result.status() == FetchResult.Status.FETCHED,
                PollSchedule.next(now, 0));
        return added;
    }

    /** The stored guids among those fetched, as the database's collation matches them. */
    private Set<String> knownGuidKeys(long feedId, List<FetchResult.Item> items) {
        Set<String> known = new HashSet<>();
        List<String> guids = items.stream().map(FetchResult.Item::guid).distinct().toList();
        for (List<String> chunk : vn.edu.portal.platform.Chunks.of(guids, 100)) {
            em.createQuery("select i.guid from ExternalFeedItem i where i.feedId = :f and i.guid in :g", String.class)
                    .setParameter("f", feedId).setParameter("g", chunk)
                    .getResultList().forEach(g -> known.add(FeedFetcher.guidKey(g)));
        }
        return known;
    }

    /** Loopback and private networks are refused unless this is set (tests with a local server). */
    static boolean allowPrivateHosts(PortalConfig config) {
        return Boolean.parseBoolean(config.get(ALLOW_PRIVATE_HOSTS, "false").strip());
    }

    /**
     * The hash that keeps a URL unique: scheme and host in lower case, no default port, no
     * fragment, so that the same feed is not registered twice under trivially different spellings.
     */
    static String urlHash(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String normal = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port)
                + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
