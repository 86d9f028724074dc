package vn.edu.portal.content.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.edu.portal.content.Article;
import vn.edu.portal.content.ArticleHistory;
import vn.edu.portal.content.ArticleRevision;
import vn.edu.portal.content.ArticleService;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.web.AdminShell;

/** The revisions of an article: compare two, restore one. */
@Named
@ViewScoped
public class ArticleHistoryPage implements Serializable {

    @Inject
    transient AdminShell shell;

    @Inject
    transient ArticleService articles;

    @Inject
    transient ArticleHistory history;

    @Inject
    transient Editorial editorial;

    private Long id;
    private Integer older;
    private Integer newer;

    @PostConstruct
    void init() {
        id = shell.requested("id", "article", a -> articles.find(shell.staff().siteId(), a)).map(Article::getId)
                .orElse(null);
        List<ArticleRevision> revisions = getRevisions();
        if (revisions.size() >= 2) {
            newer = revisions.get(0).getNumber();
            older = revisions.get(1).getNumber();
        }
    }

    /** Whether this person may restore a revision: an article online is the approver's (an editor's was refused in silence). */
    public boolean isRestorable() {
        Article article = getArticle();
        return article != null && (article.getStatus() != vn.edu.portal.content.ArticleStatus.PUBLISHED || editorial.isCanPublish());
    }

    public Article getArticle() {
        return id == null ? null : articles.find(shell.staff().siteId(), id).orElse(null);
    }

    /** The revisions as drawn: "Khôi phục bản này" restores the one the user saw ({@link vn.edu.portal.platform.AsDrawn}). */
    public List<ArticleRevision> getRevisions() {
        return id == null ? List.of() : revisions.get(() -> history.revisions(shell.staff().siteId(), id));
    }

    private final vn.edu.portal.platform.AsDrawn<ArticleRevision> revisions = new vn.edu.portal.platform.AsDrawn<>();

    public List<ArticleHistory.DiffLine> getDiff() {
        return id == null || older == null || newer == null ? List.of()
                : history.compare(shell.staff().siteId(), id, older, newer);
    }

    public void restore(int number) {
        try {
            history.restoreRevision(shell.staff().siteId(), id, number, editorial.actor());
            Texts.info("article.revisionRestored", number);
            shell.reopen("bai-viet/lich-su?id=" + id); // the post has no "id": the page came back empty
        } catch (FieldErrors e) {
            Texts.show("history", e);
        }
    }

    /** A revision's note as the console says it: "created", "saved", "restored #2" were shown as stored, in English. */
    public String noteText(String note) {
        if (note == null) {
            return "";
        }
        if (note.startsWith("restored #")) {
            return vn.edu.portal.platform.Texts.get("article.revision.restored", note.substring("restored #".length()));
        }
        return note.equals("created") || note.equals("saved") ? vn.edu.portal.platform.Texts.get("article.revision." + note) : note;
    }

    public Long getId() { return id; }
    public Integer getOlder() { return older; }
    public void setOlder(Integer older) { this.older = older; }
    public Integer getNewer() { return newer; }
    public void setNewer(Integer newer) { this.newer = newer; }
}
