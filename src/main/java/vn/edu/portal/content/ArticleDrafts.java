package vn.edu.portal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.HtmlSanitizer;

/**
 * The editor's autosave: what a person typed into an article and has not saved, one copy per
 * person, site and article. The body is sanitised on the way in like a saved body, because the
 * preview shows it as the public page would. Saving the article removes the copy
 * ({@link ArticleService#save}).
 */
@ApplicationScoped
public class ArticleDrafts {

    /** The fields of the form as they stood; {@code baseVersion} is the article's version the typing started from. */
    public record Typed(Integer baseVersion, Long categoryId, String title, String summary, String body, String tags,
                        Long coverId) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    MediaService media;

    /** Keeps what was typed, replacing the person's previous copy for that article. */
    @Transactional
    public ArticleAutosave keep(long siteId, String username, Long articleId, Typed typed) {
        if (articleId != null) {
            Article article = em.find(Article.class, articleId);
            if (article == null || article.getSiteId() != siteId) {
                throw new SecurityException("article " + articleId + " is not of site " + siteId);
            }
        }
        // A cover deleted from the library meanwhile leaves the copy (another site's is refused).
        Long cover = typed.coverId() != null && media.ownOrGone(siteId, typed.coverId()) ? typed.coverId() : null;
        if (typed.body() != null && typed.body().length() > 2 * ArticleService.MAX_BODY) {
            throw FieldErrors.of("body", "validation.tooLong", ArticleService.MAX_BODY);
        }
        String body = typed.body() == null ? null : HtmlSanitizer.sanitize(typed.body());
        Typed clean = new Typed(typed.baseVersion(), typed.categoryId(), typed.title(), typed.summary(), body,
                typed.tags(), cover);
        ArticleAutosave copy = find(siteId, username, articleId)
                .orElseGet(() -> new ArticleAutosave(siteId, username, articleId == null ? 0 : articleId));
        copy.fill(clean, Instant.now());
        if (copy.getId() == null) {
            em.persist(copy);
        }
        return copy;
    }

    public Optional<ArticleAutosave> find(long siteId, String username, Long articleId) {
        return em.createQuery("select d from ArticleAutosave d where d.siteId = :s and d.username = :u"
                        + " and d.articleKey = :k", ArticleAutosave.class)
                .setParameter("s", siteId).setParameter("u", username).setParameter("k", articleId == null ? 0L : articleId)
                .getResultStream().findFirst();
    }

    /** Every unsaved copy a person has on a site, newest first (the dashboard lists them). */
    public List<ArticleAutosave> of(long siteId, String username) {
        return em.createQuery("select d from ArticleAutosave d where d.siteId = :s and d.username = :u"
                        + " order by d.savedAt desc", ArticleAutosave.class)
                .setParameter("s", siteId).setParameter("u", username).setMaxResults(20).getResultList();
    }

    @Transactional
    public void discard(long siteId, String username, Long articleId) {
        em.createQuery("delete from ArticleAutosave d where d.siteId = :s and d.username = :u and d.articleKey = :k")
                .setParameter("s", siteId).setParameter("u", username).setParameter("k", articleId == null ? 0L : articleId)
                .executeUpdate();
    }
}
