package vn.edu.portal.content.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.edu.portal.content.Article;
import vn.edu.portal.content.ArticleService;
import vn.edu.portal.content.ArticleStatus;
import vn.edu.portal.content.Category;
import vn.edu.portal.content.ContentService;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.web.AdminShell;

/** The articles of a site by status: the approver's queue is the "submitted" list; and the trash. */
@Named
@ViewScoped
public class ArticlesPage implements Serializable {

    @Inject
    transient AdminShell shell;

    @Inject
    transient ArticleService articles;

    @Inject
    transient ContentService content;

    @Inject
    transient Editorial editorial;

    private String filter;

    @PostConstruct
    void init() {
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("loc");
        filter = requested != null && List.of("DRAFT", "SUBMITTED", "RETURNED", "PUBLISHED", "TRASH").contains(requested)
                ? requested : "ALL";
    }

    /** The list as drawn: its rows' buttons act on the articles the user saw ({@link vn.edu.portal.platform.AsDrawn}). */
    public List<Article> getArticles() {
        long siteId = shell.staff().siteId();
        return list.get(() -> switch (filter) {
            case "ALL" -> articles.list(siteId, null, false, 200);
            case "TRASH" -> articles.list(siteId, null, true, 200);
            default -> articles.list(siteId, ArticleStatus.valueOf(filter), false, 200);
        });
    }

    private final vn.edu.portal.platform.AsDrawn<Article> list = new vn.edu.portal.platform.AsDrawn<>();

    public Map<Long, String> getCategoryNames() {
        return content.categories(shell.staff().siteId()).stream()
                .collect(Collectors.toMap(Category::getId, Category::getName, (a, b) -> a));
    }

    public List<String> getFilters() {
        return List.of("ALL", "DRAFT", "SUBMITTED", "RETURNED", "PUBLISHED", "TRASH");
    }

    public long getQueueSize() {
        return articles.count(shell.staff().siteId(), ArticleStatus.SUBMITTED);
    }

    public void restore(long id) {
        articles.restore(shell.staff().siteId(), id, editorial.actor());
        Texts.info("article.restored");
    }

    public String getFilter() { return filter; }
}
