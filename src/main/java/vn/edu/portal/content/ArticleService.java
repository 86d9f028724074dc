package vn.edu.portal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.HtmlSanitizer;
import vn.edu.portal.platform.TextFolding;
import vn.edu.portal.platform.AuditLog;

/**
 * News and announcements of one site at a time, through the editorial workflow:
 * draft → submitted → published, or returned with a comment. Every save keeps a revision;
 * deleting moves to a trash that can be restored. What the public reads is {@link PublishedArticles}, the
 * revisions and their comparison {@link ArticleHistory}.
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

    @Inject
    PublishedArticles published;

    @Inject
    ArticleHistory history;

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
            // A cover deleted from the library while the form was open: the article is saved without it.
            article.setCoverId(media.ownOrGone(siteId, coverId) ? coverId : null);
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
        history.revise(article, actor.username(), id == null ? "created" : "saved");
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
        if (article.getDeletedAt() != null) {
            // The approver's queue holds nothing of the trash: sent from there, it would wait unseen.
            throw FieldErrors.of(STATE, "article.inTrash.submit");
        }
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

    /** Out of the trash; a published article comes back online, so only by those who may publish ({@link Publishing}). */
    @Transactional
    public void restore(long siteId, long id, Actor actor) {
        Article article = require(siteId, id);
        Publishing.require(actor.canPublish(), false, article.getStatus() == ArticleStatus.PUBLISHED, "article " + id + " restore");
        article.setDeletedAt(null);
        audit.record(actor.username(), siteId, "article.restore", article.getTitle(), actor.ip());
        changed.fire(new ContentChanged(siteId, key(article)));
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
        return published.attachments(articleId);
    }

    /**
     * Takes a file off an article. Off a published article only for those who may publish
     * ({@link Publishing}), and its public pages are told (they listed the file).
     */
    @Transactional
    public void removeAttachment(long siteId, long articleId, long mediaId, Actor actor) {
        Article article = require(siteId, articleId);
        boolean online = article.getStatus() == ArticleStatus.PUBLISHED;
        Publishing.require(actor.canPublish(), online, false, "article " + articleId + " attachment");
        int removed = em.createQuery("delete from ArticleAttachment a where a.articleId = :a and a.mediaId = :m")
                .setParameter("a", articleId).setParameter("m", mediaId).executeUpdate();
        audit.record(actor.username(), siteId, "article.detach", String.valueOf(mediaId), actor.ip());
        if (online && removed > 0) {
            changed.fire(new ContentChanged(siteId, key(article)));
        }
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

    public static String key(Article article) {
        return "article:" + article.getId();
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
        } else if (HtmlSanitizer.showsNothing(body)) {
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
        Publishing.refusePersonalIds(errors, "title", title);
        Publishing.refusePersonalIds(errors, "summary", form.summary());
        Publishing.refusePersonalIds(errors, "tags", form.tags());
        Publishing.refuseInHtml(errors, "body", body);
        return errors;
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
