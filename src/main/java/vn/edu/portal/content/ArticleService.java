package vn.edu.portal.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.HtmlSanitizer;
import vn.edu.portal.platform.TextFolding;
import vn.edu.portal.security.AuditLog;

/**
 * News and announcements of one site at a time, through the editorial workflow:
 * draft → submitted → published, or returned with a comment. Every save keeps a revision;
 * deleting moves to a trash that can be restored.
 */
@ApplicationScoped
public class ArticleService {

    /** Who acts, and whether he may publish on this site (approver, school admin, or an editor where allowed). */
    public record Actor(String username, String fullName, boolean canPublish, String ip) {
    }

    /** The fields of the editing form. */
    public record ArticleForm(Long categoryId, String title, String slug, String summary, String body, String tags,
                              boolean featured, Instant publishAt) {
    }

    /** A line of a comparison between two revisions: ' ' same, '-' only in the older, '+' only in the newer. */
    public record DiffLine(char kind, String text) {
        public String getKind() { return String.valueOf(kind); }
        public String getText() { return text; }
    }

    /** The field of a refused save when the article changed since the editor opened it. */
    public static final String CONFLICT = "conflict";
    /** The field of a refused publish or return when the article is no longer waiting. */
    public static final String STATE = "state";

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(vn.edu.portal.platform.Formats.VIETNAM);

    static final int MAX_TITLE = 300;
    static final int MAX_SUMMARY = 1000;
    static final int MAX_BODY = 200_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    MediaService media;

    @Inject
    Event<ContentChanged> changed;

    @Inject
    ArticleDrafts drafts;

    public Optional<Article> find(long siteId, long id) {
        return Optional.ofNullable(em.find(Article.class, id)).filter(a -> a.getSiteId() == siteId);
    }

    private Article require(long siteId, long id) {
        return find(siteId, id).orElseThrow(() -> new SecurityException("article " + id + " is not of site " + siteId));
    }

    /** Creates (id null) or updates an article; the cover and attachments are media ids of the same site. */
    @Transactional
    public Article save(long siteId, Long id, ArticleForm form, Long coverId, List<Long> newAttachments, Actor actor) {
        return save(siteId, id, form, coverId, newAttachments, actor, null);
    }

    /**
     * Saves as {@link #save(long, Long, ArticleForm, Long, List, Actor)}, but only over the version
     * the editor started from ({@code expectedVersion}, null: any): when someone else saved the
     * article meanwhile, nothing is written and the editor is told who and when
     * ({@code conflict}), so that two people never overwrite each other silently. The row's
     * version column also stops two saves that check at the same moment.
     */
    @Transactional
    public Article save(long siteId, Long id, ArticleForm form, Long coverId, List<Long> newAttachments, Actor actor,
                        Integer expectedVersion) {
        Article article = id == null ? new Article(siteId, actor.username(), actor.fullName()) : require(siteId, id);
        if (id != null && expectedVersion != null && article.getRowVersion() != expectedVersion) {
            throw conflict(article);
        }
        if (article.getStatus() == ArticleStatus.PUBLISHED && !actor.canPublish()) {
            throw FieldErrors.of("title", "article.publishedNeedsApprover");
        }
        FieldErrors errors = validate(siteId, article, form);
        errors.throwIfAny();
        article.setCategoryId(form.categoryId());
        article.setTitle(form.title().strip());
        article.setSlug(form.slug() == null || form.slug().isBlank() ? uniqueSlug(siteId, slugify(form.title()), article.getId())
                : form.slug().strip());
        article.setSummary(blankToNull(form.summary()));
        article.setBody(HtmlSanitizer.sanitize(form.body()));
        article.setTags(normaliseTags(form.tags()));
        article.setFeatured(form.featured());
        if (article.getStatus() != ArticleStatus.PUBLISHED || form.publishAt() != null) {
            article.setPublishAt(form.publishAt());
        }
        if (coverId != null) {
            media.find(siteId, coverId).orElseThrow(() -> new SecurityException("media of another site"));
            article.setCoverId(coverId);
        }
        article.touch();
        if (id == null) {
            em.persist(article);
            em.flush();
        }
        int position = attachments(article.getId()).size();
        for (Long mediaId : newAttachments) {
            media.find(siteId, mediaId).orElseThrow(() -> new SecurityException("media of another site"));
            em.persist(new ArticleAttachment(article.getId(), mediaId, position++));
        }
        revise(article, actor.username(), id == null ? "created" : "saved");
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw conflict(em.find(Article.class, article.getId()));
        }
        drafts.discard(siteId, actor.username(), id);
        audit.record(actor.username(), siteId, id == null ? "article.create" : "article.save", article.getTitle(), actor.ip());
        if (article.getStatus() == ArticleStatus.PUBLISHED) {
            changed.fire(new ContentChanged(siteId, key(article)));
        }
        return article;
    }

    /** The refusal of a save over a version someone else replaced: who saved last, and when. */
    private FieldErrors conflict(Article current) {
        List<ArticleRevision> last = current == null ? List.of() : em.createQuery(
                "select r from ArticleRevision r where r.articleId = :a order by r.number desc", ArticleRevision.class)
                .setParameter("a", current.getId()).setMaxResults(1).getResultList();
        String who = last.isEmpty() ? "?" : last.get(0).getEditor();
        Instant when = current == null ? Instant.now() : current.getUpdatedAt();
        return FieldErrors.of(CONFLICT, "article.conflict", who, WHEN.format(when));
    }

    /**
     * Brings in an article published elsewhere (an old website, the demo) with its original
     * publication time.
     */
    @Transactional
    public Article importPublished(long siteId, ArticleForm form, Long coverId, Instant publishedAt, Actor actor) {
        Article article = save(siteId, null, form, coverId, List.of(), actor);
        article.publish(null);
        article.setPublishAt(publishedAt);
        article.touch();
        changed.fire(new ContentChanged(siteId, key(article)));
        return article;
    }

    @Transactional
    public void submit(long siteId, long id, Actor actor) {
        Article article = require(siteId, id);
        if (article.getStatus() == ArticleStatus.DRAFT || article.getStatus() == ArticleStatus.RETURNED) {
            article.setStatus(ArticleStatus.SUBMITTED);
            article.touch();
            audit.record(actor.username(), siteId, "article.submit", article.getTitle(), actor.ip());
        }
    }

    @Transactional
    public void publish(long siteId, long id, Actor actor) {
        if (!actor.canPublish()) {
            throw new SecurityException(actor.username() + " may not publish on site " + siteId);
        }
        Article article = require(siteId, id);
        if (article.getDeletedAt() != null) {
            throw FieldErrors.of("title", "article.inTrash");
        }
        if (article.getStatus() == ArticleStatus.PUBLISHED) {
            throw FieldErrors.of(STATE, "article.alreadyPublished", WHEN.format(article.getPublishAt()));
        }
        article.publish(article.getPublishAt());
        article.touch();
        audit.record(actor.username(), siteId, "article.publish", article.getTitle(), actor.ip());
        changed.fire(new ContentChanged(siteId, key(article)));
    }

    @Transactional
    public void returnToEditor(long siteId, long id, String comment, Actor actor) {
        if (!actor.canPublish()) {
            throw new SecurityException(actor.username() + " may not review on site " + siteId);
        }
        if (comment == null || comment.isBlank()) {
            throw FieldErrors.of("comment", "article.comment.required");
        }
        if (comment.length() > 1000) {
            throw FieldErrors.of("comment", "validation.tooLong", 1000);
        }
        Article article = require(siteId, id);
        if (article.getStatus() != ArticleStatus.SUBMITTED) {
            throw FieldErrors.of(STATE, "article.notWaiting");
        }
        article.setStatus(ArticleStatus.RETURNED);
        article.setReviewComment(comment.strip());
        article.touch();
        audit.record(actor.username(), siteId, "article.return", article.getTitle() + ": " + comment.strip(), actor.ip());
    }

    @Transactional
    public void unpublish(long siteId, long id, Actor actor) {
        if (!actor.canPublish()) {
            throw new SecurityException(actor.username() + " may not unpublish on site " + siteId);
        }
        Article article = require(siteId, id);
        article.setStatus(ArticleStatus.DRAFT);
        article.touch();
        audit.record(actor.username(), siteId, "article.unpublish", article.getTitle(), actor.ip());
        changed.fire(new ContentChanged(siteId, key(article)));
    }

    @Transactional
    public void trash(long siteId, long id, Actor actor) {
        Article article = require(siteId, id);
        if (article.getStatus() == ArticleStatus.PUBLISHED && !actor.canPublish()) {
            throw new SecurityException(actor.username() + " may not delete a published article");
        }
        article.setDeletedAt(Instant.now());
        audit.record(actor.username(), siteId, "article.trash", article.getTitle(), actor.ip());
        changed.fire(new ContentChanged(siteId, key(article)));
    }

    @Transactional
    public void restore(long siteId, long id, Actor actor) {
        Article article = require(siteId, id);
        article.setDeletedAt(null);
        audit.record(actor.username(), siteId, "article.restore", article.getTitle(), actor.ip());
        changed.fire(new ContentChanged(siteId, key(article)));
    }

    public List<ArticleRevision> revisions(long siteId, long id) {
        require(siteId, id);
        return em.createQuery("select r from ArticleRevision r where r.articleId = :a order by r.number desc",
                ArticleRevision.class).setParameter("a", id).getResultList();
    }

    /** Line-by-line comparison of two revisions' text (tags removed, one block per line). */
    public List<DiffLine> compare(long siteId, long id, int older, int newer) {
        Map<Integer, ArticleRevision> byNumber = revisions(siteId, id).stream()
                .collect(Collectors.toMap(ArticleRevision::getNumber, Function.identity()));
        ArticleRevision a = byNumber.get(older);
        ArticleRevision b = byNumber.get(newer);
        if (a == null || b == null) {
            return List.of();
        }
        List<String> left = lines(a);
        List<String> right = lines(b);
        List<DiffLine> out = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(left, right).getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                out.add(new DiffLine(' ', left.get(position)));
            }
            delta.getSource().getLines().forEach(l -> out.add(new DiffLine('-', l)));
            delta.getTarget().getLines().forEach(l -> out.add(new DiffLine('+', l)));
            position += delta.getSource().size();
        }
        for (; position < left.size(); position++) {
            out.add(new DiffLine(' ', left.get(position)));
        }
        return out;
    }

    @Transactional
    public void restoreRevision(long siteId, long id, int number, Actor actor) {
        Article article = require(siteId, id);
        if (article.getStatus() == ArticleStatus.PUBLISHED && !actor.canPublish()) {
            throw FieldErrors.of("title", "article.publishedNeedsApprover");
        }
        ArticleRevision revision = revisions(siteId, id).stream().filter(r -> r.getNumber() == number).findFirst()
                .orElseThrow(() -> new SecurityException("no revision " + number));
        article.setTitle(revision.getTitle());
        article.setSummary(revision.getSummary());
        article.setBody(revision.getBody());
        article.touch();
        revise(article, actor.username(), "restored #" + number);
        audit.record(actor.username(), siteId, "article.restoreRevision", article.getTitle() + " #" + number, actor.ip());
        if (article.getStatus() == ArticleStatus.PUBLISHED) {
            changed.fire(new ContentChanged(siteId, key(article)));
        }
    }

    /** The admin list: by status, or the trash. */
    public List<Article> list(long siteId, ArticleStatus status, boolean trash, int max) {
        String jpql = "select a from Article a where a.siteId = :s and a.deletedAt is " + (trash ? "not null" : "null")
                + (status == null ? "" : " and a.status = :status") + " order by a.updatedAt desc";
        var query = em.createQuery(jpql, Article.class).setParameter("s", siteId).setMaxResults(max);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    public long count(long siteId, ArticleStatus status) {
        return em.createQuery("select count(a) from Article a where a.siteId = :s and a.status = :status "
                        + "and a.deletedAt is null", Long.class)
                .setParameter("s", siteId).setParameter("status", status).getSingleResult();
    }

    public List<MediaFile> attachments(long articleId) {
        return em.createQuery("select m from ArticleAttachment a, MediaFile m where a.articleId = :a and m.id = a.mediaId "
                + "order by a.position", MediaFile.class).setParameter("a", articleId).getResultList();
    }

    @Transactional
    public void removeAttachment(long siteId, long articleId, long mediaId, Actor actor) {
        require(siteId, articleId);
        em.createQuery("delete from ArticleAttachment a where a.articleId = :a and a.mediaId = :m")
                .setParameter("a", articleId).setParameter("m", mediaId).executeUpdate();
        audit.record(actor.username(), siteId, "article.detach", String.valueOf(mediaId), actor.ip());
    }

    // ---- what needs doing (the staff dashboard) ------------------------------------------

    /** A person's own articles in the given states, most recently changed first (not in the trash). */
    public List<Article> byAuthor(long siteId, String username, java.util.Collection<ArticleStatus> statuses, int max) {
        return em.createQuery("select a from Article a where a.siteId = :s and a.author = :u and a.status in :st"
                        + " and a.deletedAt is null order by a.updatedAt desc", Article.class)
                .setParameter("s", siteId).setParameter("u", username).setParameter("st", statuses)
                .setMaxResults(max).getResultList();
    }

    /** The approval queue: submitted articles, longest waiting first. */
    public List<Article> waiting(long siteId, int max) {
        return em.createQuery("select a from Article a where a.siteId = :s and a.status = :st and a.deletedAt is null"
                        + " order by a.updatedAt, a.id", Article.class)
                .setParameter("s", siteId).setParameter("st", ArticleStatus.SUBMITTED).setMaxResults(max).getResultList();
    }

    /** Articles in a state per site, out of the trash (the department's view of every school). */
    public java.util.Map<Long, Long> countBySite(ArticleStatus status) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select a.siteId, count(a) from Article a where a.status = :st"
                        + " and a.deletedAt is null group by a.siteId", Object[].class)
                .setParameter("st", status).getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
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

    /**
     * The article as its public page will show it, before it is published: the saved article
     * (id null: none yet) with what {@code unsaved} holds instead, if anything. Its body is
     * sanitised like a saved one (the autosave sanitises on the way in).
     */
    public ArticleView preview(long siteId, Long id, ArticleAutosave unsaved, String authorName) {
        Article article = id == null ? null : require(siteId, id);
        Long categoryId = unsaved != null && unsaved.getCategoryId() != null ? unsaved.getCategoryId()
                : article == null ? null : article.getCategoryId();
        Category category = categoryId == null ? null : em.find(Category.class, categoryId);
        if (category == null || category.getSiteId() != siteId) {
            // the form starts on the site's first category
            category = em.createQuery("select c from Category c where c.siteId = :s order by c.position, c.id", Category.class)
                    .setParameter("s", siteId).setMaxResults(1).getResultStream().findFirst().orElse(null);
        }
        Long coverId = unsaved != null && unsaved.getCoverId() != null ? unsaved.getCoverId()
                : article == null ? null : article.getCoverId();
        MediaFile cover = coverId == null ? null : media.find(siteId, coverId).orElse(null);
        String title = unsaved != null ? unsaved.getTitle() : article == null ? "" : article.getTitle();
        String summary = unsaved != null ? blankToNull(unsaved.getSummary()) : article == null ? null : article.getSummary();
        String body = unsaved != null ? unsaved.getBody() : article == null ? "" : article.getBody();
        String tags = unsaved != null ? unsaved.getTags() : article == null ? null : article.getTags();
        Instant when = article != null && article.getPublishAt() != null ? article.getPublishAt() : Instant.now();
        List<ArticleView.Attachment> files = article == null ? List.of() : attachments(article.getId()).stream()
                .map(m -> new ArticleView.Attachment(m.getDisplayName(), m.url(), m.getSizeBytes(), m.getContentType()))
                .toList();
        return new ArticleView(article == null ? 0 : article.getId(), siteId,
                article == null ? slugify(title) : article.getSlug(), title == null ? "" : title, summary,
                body == null ? "" : body, cover == null ? null : cover.url(), cover == null ? null : cover.thumbUrl(),
                tagList(tags), article == null ? authorName : article.getAuthorName(), when,
                article == null ? when : article.getUpdatedAt(), category == null ? "" : category.getName(),
                category == null ? "" : category.getSlug(), article == null ? 0 : article.getViewCount(),
                article != null && article.isFeatured(), files, Picture.of(cover));
    }

    // ---- public reading -------------------------------------------------------------------

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
        return find(siteId, id).filter(a -> a.isVisible(Instant.now())).map(a -> views(List.of(a), true).get(0));
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

    /** Articles whose scheduled time fell between {@code from} and {@code to}. */
    public List<Article> becameVisible(Instant from, Instant to) {
        return em.createQuery("select a from Article a where a.status = vn.edu.portal.content.ArticleStatus.PUBLISHED "
                        + "and a.deletedAt is null and a.publishAt > :from and a.publishAt <= :to", Article.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Transactional
    public void addViews(long siteId, String slug, long views) {
        em.createQuery("update Article a set a.viewCount = a.viewCount + :v where a.siteId = :s and a.slug = :slug")
                .setParameter("v", views).setParameter("s", siteId).setParameter("slug", slug).executeUpdate();
    }

    public static String key(Article article) {
        return "article:" + article.getId();
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
                    cover == null ? null : cover.url(), cover == null ? null : cover.thumbUrl(), tagList(a.getTags()),
                    a.getAuthorName(), a.getPublishAt(), a.getUpdatedAt(), category == null ? "" : category.getName(),
                    category == null ? "" : category.getSlug(), a.getViewCount(), a.isFeatured(), files, Picture.of(cover)));
        }
        return views;
    }

    // ---- validation and helpers -----------------------------------------------------------

    private FieldErrors validate(long siteId, Article article, ArticleForm form) {
        FieldErrors errors = new FieldErrors();
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty()) {
            errors.add("title", "validation.required");
        } else if (title.length() > MAX_TITLE) {
            errors.add("title", "validation.tooLong", MAX_TITLE);
        }
        if (form.categoryId() == null || em.find(Category.class, form.categoryId()) == null
                || em.find(Category.class, form.categoryId()).getSiteId() != siteId) {
            errors.add("category", "validation.required");
        }
        if (form.summary() != null && form.summary().strip().length() > MAX_SUMMARY) {
            errors.add("summary", "validation.tooLong", MAX_SUMMARY);
        }
        String body = form.body() == null ? "" : form.body();
        if (body.length() > MAX_BODY) {
            errors.add("body", "validation.tooLong", MAX_BODY);
        } else if (HtmlSanitizer.sanitize(body).replaceAll("<[^>]*>", "").replace("&nbsp;", " ").isBlank()) {
            errors.add("body", "article.body.empty");
        }
        if (form.slug() != null && !form.slug().isBlank()) {
            String slug = form.slug().strip();
            if (!slug.matches("[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?")) {
                errors.add("slug", "article.slug.invalid");
            } else if (!em.createQuery("select a.id from Article a where a.siteId = :s and a.slug = :slug and a.id <> :id",
                    Long.class).setParameter("s", siteId).setParameter("slug", slug)
                    .setParameter("id", article.getId() == null ? -1L : article.getId()).getResultList().isEmpty()) {
                errors.add("slug", "article.slug.taken");
            }
        }
        if (form.tags() != null && form.tags().length() > 500) {
            errors.add("tags", "validation.tooLong", 500);
        }
        return errors;
    }

    private void revise(Article article, String editor, String note) {
        Integer last = em.createQuery("select max(r.number) from ArticleRevision r where r.articleId = :a", Integer.class)
                .setParameter("a", article.getId()).getSingleResult();
        em.persist(new ArticleRevision(article, last == null ? 1 : last + 1, editor, note));
    }

    private String uniqueSlug(long siteId, String base, Long ownId) {
        String candidate = base;
        for (int n = 2; ; n++) {
            List<Long> taken = em.createQuery("select a.id from Article a where a.siteId = :s and a.slug = :slug", Long.class)
                    .setParameter("s", siteId).setParameter("slug", candidate).getResultList();
            if (taken.isEmpty() || (taken.size() == 1 && taken.get(0).equals(ownId))) {
                return candidate;
            }
            candidate = base + "-" + n;
        }
    }

    /** "Khai giảng năm học 2026–2027!" → "khai-giang-nam-hoc-2026-2027". */
    public static String slugify(String title) {
        String folded = TextFolding.fold(Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFC));
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 100) {
            slug = slug.substring(0, 100).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "bai-viet" : slug;
    }

    private static String normaliseTags(String tags) {
        List<String> list = tagList(tags);
        return list.isEmpty() ? null : String.join(", ", list);
    }

    static List<String> tagList(String tags) {
        if (tags == null || tags.isBlank()) {
            return List.of();
        }
        return Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .map(t -> t.length() > 40 ? t.substring(0, 40) : t).distinct().limit(10).toList();
    }

    private static List<String> lines(ArticleRevision revision) {
        String text = revision.getTitle() + "\n" + (revision.getSummary() == null ? "" : revision.getSummary()) + "\n"
                + revision.getBody().replaceAll("(?i)</(p|h[1-6]|li|tr|blockquote)>|<br\\s*/?>", "\n")
                .replaceAll("<[^>]*>", "").replace("&nbsp;", " ").replace("&amp;", "&")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"").replace("&#39;", "'");
        return Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
