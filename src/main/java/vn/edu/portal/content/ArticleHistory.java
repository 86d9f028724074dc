package vn.edu.portal.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.AuditLog;

/**
 * The revisions of an article: one kept at every save ({@link ArticleService}), listed, compared
 * line by line, and restored as the article's text (a restore is itself a revision).
 */
@ApplicationScoped
public class ArticleHistory {

    /** A line of a comparison between two revisions: ' ' same, '-' only in the older, '+' only in the newer. */
    public record DiffLine(char kind, String text) {
        public String getKind() { return String.valueOf(kind); }
        public String getText() { return text; }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Event<ContentChanged> changed;

    private Article require(long siteId, long id) {
        return Optional.ofNullable(em.find(Article.class, id)).filter(a -> a.getSiteId() == siteId)
                .orElseThrow(() -> new SecurityException("article " + id + " is not of site " + siteId));
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
    public void restoreRevision(long siteId, long id, int number, ArticleService.Actor actor) {
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
            changed.fire(new ContentChanged(siteId, ArticleService.key(article)));
        }
    }

    /** Keeps the article as it is now as its next revision. */
    void revise(Article article, String editor, String note) {
        Integer last = em.createQuery("select max(r.number) from ArticleRevision r where r.articleId = :a", Integer.class)
                .setParameter("a", article.getId()).getSingleResult();
        em.persist(new ArticleRevision(article, last == null ? 1 : last + 1, editor, note));
    }

    private static List<String> lines(ArticleRevision revision) {
        String text = revision.getTitle() + "\n" + (revision.getSummary() == null ? "" : revision.getSummary()) + "\n"
                + revision.getBody().replaceAll("(?i)</(p|h[1-6]|li|tr|blockquote)>|<br\\s*/?>", "\n")
                .replaceAll("<[^>]*>", "").replace("&nbsp;", " ").replace("&amp;", "&")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"").replace("&#39;", "'");
        return Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
