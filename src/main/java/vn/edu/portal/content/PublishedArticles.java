package vn.edu.portal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The articles as the public reads them: only those published, not in the trash and due
 * ({@code publishAt} passed), of one site or of all (the department's stream, the rubric, the
 * search index and the sitemap), and their view counts. The editorial workflow that makes them
 * visible is {@link ArticleService}.
 */
@ApplicationScoped
public class PublishedArticles {

    @PersistenceContext
    EntityManager em;

    private static final String VISIBLE = "a.status = vn.edu.portal.content.ArticleStatus.PUBLISHED "
            + "and a.deletedAt is null and a.publishAt <= :now";

    public List<ArticleView> latest(long siteId, Long categoryId, int offset, int max) {
        var query = em.createQuery("select a from Article a where a.siteId = :s and " + VISIBLE
                        + (categoryId == null ? "" : " and a.categoryId = :c") + " order by a.publishAt desc, a.id desc",
                        Article.class)
                .setParameter("s", siteId).setParameter("now", Instant.now()).setFirstResult(offset).setMaxResults(max);
        if (categoryId != null) {
            query.setParameter("c", categoryId);
        }
        return views(query.getResultList(), false);
    }

    public long countVisible(long siteId, Long categoryId) {
        var query = em.createQuery("select count(a) from Article a where a.siteId = :s and " + VISIBLE
                + (categoryId == null ? "" : " and a.categoryId = :c"), Long.class)
                .setParameter("s", siteId).setParameter("now", Instant.now());
        if (categoryId != null) {
            query.setParameter("c", categoryId);
        }
        return query.getSingleResult();
    }

    /** Visible articles per site whose publication time falls in [from, to) (the department's rubric). */
    public java.util.Map<Long, Long> countVisibleBySite(Instant from, Instant to) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select a.siteId, count(a) from Article a where " + VISIBLE
                        + " and a.publishAt >= :from and a.publishAt < :to group by a.siteId", Object[].class)
                .setParameter("now", Instant.now()).setParameter("from", from).setParameter("to", to).getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * The publication time of each site's newest visible article: one index dive per site
     * ({@code ix_article_site_latest}), whatever the number of articles.
     */
    public java.util.Map<Long, Instant> lastVisibleBySite() {
        java.util.Map<Long, Instant> last = new java.util.HashMap<>();
        // native: EclipseLink would hand max() of the column to the Instant converter, which the
        // MariaDB driver's LocalDateTime for an aggregate does not fit
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select site_id, max(publish_at) from article where status = 'PUBLISHED'"
                + " and deleted_at is null and publish_at <= ? group by site_id")
                .setParameter(1, java.sql.Timestamp.from(Instant.now())).getResultList();
        for (Object[] row : rows) {
            last.put(((Number) row[0]).longValue(), instantOf(row[1]));
        }
        return last;
    }

    /**
     * An aggregate's time as an Instant: the MariaDB driver hands max() of a DATETIME back as a
     * LocalDateTime (past the converter), which was written from the server's zone as the
     * converter's Timestamp is.
     */
    static Instant instantOf(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof java.time.LocalDateTime local) {
            return java.sql.Timestamp.valueOf(local).toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.util.Date) value).toInstant();
    }

    public List<ArticleView> featured(long siteId, int max) {
        return views(em.createQuery("select a from Article a where a.siteId = :s and a.featured = true and " + VISIBLE
                        + " order by a.publishAt desc", Article.class)
                .setParameter("s", siteId).setParameter("now", Instant.now()).setMaxResults(max).getResultList(), false);
    }

    /** The newest visible articles of every site (the department's aggregated stream). */
    public List<ArticleView> latestEverywhere(int max) {
        return views(em.createQuery("select a from Article a where " + VISIBLE + " order by a.publishAt desc, a.id desc",
                Article.class).setParameter("now", Instant.now()).setMaxResults(max).getResultList(), false);
    }

    /** A page of the department's stream: the newest articles of every site, {@code offset} skipped. */
    public List<ArticleView> latestEverywhere(int offset, int max) {
        return views(em.createQuery("select a from Article a where " + VISIBLE + " order by a.publishAt desc, a.id desc",
                Article.class).setParameter("now", Instant.now()).setFirstResult(offset).setMaxResults(max)
                .getResultList(), false);
    }

    public Optional<ArticleView> visible(long siteId, String slug) {
        return em.createQuery("select a from Article a where a.siteId = :s and a.slug = :slug and " + VISIBLE,
                        Article.class)
                .setParameter("s", siteId).setParameter("slug", slug).setParameter("now", Instant.now())
                .getResultStream().findFirst().map(a -> views(List.of(a), true).get(0));
    }

    public Optional<ArticleView> visible(long siteId, long id) {
        return Optional.ofNullable(em.find(Article.class, id)).filter(a -> a.getSiteId() == siteId)
                .filter(a -> a.isVisible(Instant.now())).map(a -> views(List.of(a), true).get(0));
    }

    public List<ArticleView> related(ArticleView article, int max) {
        return latest(article.siteId(), categoryId(article), 0, max + 1).stream()
                .filter(a -> a.id() != article.id()).limit(max).toList();
    }

    /** Every visible article of a site, or of all sites (siteId null), for the search index and the sitemap. */
    public Stream<ArticleView> allVisible(Long siteId) {
        var query = em.createQuery("select a from Article a where " + VISIBLE
                + (siteId == null ? "" : " and a.siteId = :s") + " order by a.id", Article.class)
                .setParameter("now", Instant.now());
        if (siteId != null) {
            query.setParameter("s", siteId);
        }
        return views(query.getResultList(), false).stream();
    }

    /**
     * Articles whose scheduled time fell between {@code from} and {@code to}: saved before that
     * time ({@code publishAt > updatedAt}). One published at once has {@code publishAt <= updatedAt}
     * and was announced when it was saved; announcing it again would drop its site's pages twice.
     */
    public List<Article> becameVisible(Instant from, Instant to) {
        return em.createQuery("select a from Article a where a.status = vn.edu.portal.content.ArticleStatus.PUBLISHED "
                        + "and a.deletedAt is null and a.publishAt > :from and a.publishAt <= :to "
                        + "and a.publishAt > a.updatedAt", Article.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Transactional
    public void addViews(long siteId, String slug, long views) {
        em.createQuery("update Article a set a.viewCount = a.viewCount + :v where a.siteId = :s and a.slug = :slug")
                .setParameter("v", views).setParameter("s", siteId).setParameter("slug", slug).executeUpdate();
    }

    private Long categoryId(ArticleView view) {
        // a preview of an article not saved yet has no row (id 0): related articles of any category
        return em.createQuery("select a.categoryId from Article a where a.id = :id", Long.class)
                .setParameter("id", view.id()).getResultStream().findFirst().orElse(null);
    }

    private List<ArticleView> views(List<Article> articles, boolean withAttachments) {
        if (articles.isEmpty()) {
            return List.of();
        }
        Map<Long, Category> categories = em.createQuery("select c from Category c where c.id in :ids", Category.class)
                .setParameter("ids", articles.stream().map(Article::getCategoryId).distinct().toList())
                .getResultList().stream().collect(Collectors.toMap(Category::getId, Function.identity()));
        List<Long> coverIds = articles.stream().map(Article::getCoverId).filter(java.util.Objects::nonNull).toList();
        Map<Long, MediaFile> covers = coverIds.isEmpty() ? Map.of()
                : em.createQuery("select m from MediaFile m where m.id in :ids", MediaFile.class)
                        .setParameter("ids", coverIds).getResultList().stream()
                        .collect(Collectors.toMap(MediaFile::getId, Function.identity()));
        List<ArticleView> views = new ArrayList<>(articles.size());
        for (Article a : articles) {
            Category category = categories.get(a.getCategoryId());
            MediaFile cover = a.getCoverId() == null ? null : covers.get(a.getCoverId());
            List<ArticleView.Attachment> files = withAttachments ? attachments(a.getId()).stream()
                    .map(m -> new ArticleView.Attachment(m.getDisplayName(), m.url(), m.getSizeBytes(), m.getContentType()))
                    .toList() : List.of();
            views.add(new ArticleView(a.getId(), a.getSiteId(), a.getSlug(), a.getTitle(), a.getSummary(), a.getBody(),
                    cover == null ? null : cover.url(), cover == null ? null : cover.thumbUrl(), ArticleService.tagList(a.getTags()),
                    a.getAuthorName(), a.getPublishAt(), a.getUpdatedAt(), category == null ? "" : category.getName(),
                    category == null ? "" : category.getSlug(), a.getViewCount(), a.isFeatured(), files, Picture.of(cover)));
        }
        return views;
    }

    /** Visible articles of one site whose publication time falls in [from, to) (the rubric). */
    public long countVisible(long siteId, Instant from, Instant to) {
        return em.createQuery("select count(a) from Article a where a.siteId = :s and " + VISIBLE
                        + " and a.publishAt >= :from and a.publishAt < :to", Long.class)
                .setParameter("s", siteId).setParameter("now", Instant.now()).setParameter("from", from)
                .setParameter("to", to).getSingleResult();
    }

    /** When the site's newest visible article was published. */
    public Optional<Instant> lastVisible(long siteId) {
        return em.createQuery("select a.publishAt from Article a where a.siteId = :s and " + VISIBLE
                        + " order by a.publishAt desc", Instant.class)
                .setParameter("s", siteId).setParameter("now", Instant.now()).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** An article's files, in their order. */
    public List<MediaFile> attachments(long articleId) {
        return em.createQuery("select m from ArticleAttachment a, MediaFile m where a.articleId = :a and m.id = a.mediaId "
                + "order by a.position", MediaFile.class).setParameter("a", articleId).getResultList();
    }
}
