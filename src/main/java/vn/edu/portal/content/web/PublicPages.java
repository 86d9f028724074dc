package vn.edu.portal.content.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import vn.edu.portal.content.Album;
import vn.edu.portal.content.AlbumService;
import vn.edu.portal.content.ArticleView;
import vn.edu.portal.content.Category;
import vn.edu.portal.content.ContentService;
import vn.edu.portal.content.PublishedArticles;
import vn.edu.portal.tenant.web.PublicSite;

/** Data of the content's public views: a school's home, a page, a category, an article, the albums. */
@Named("pages")
@RequestScoped
public class PublicPages {

    /** Pages a school's home links to first, in this order, when the school has them. */
    private static final List<String> QUICK_LINKS = List.of("cong-khai", "thu-tuc-hanh-chinh", "tuyen-sinh",
            "lien-he");

    @Inject
    HttpServletRequest request;

    @Inject
    PublicSite pub;

    @Inject
    ContentService content;

    @Inject
    PublishedArticles articles;

    @Inject
    AlbumService albums;

    static final int PAGE_SIZE = 10;

    public ContentService.PageView getPage() {
        return (ContentService.PageView) request.getAttribute(ContentRoutes.PAGE);
    }

    public List<ContentService.PageView> getChildren() {
        return content.publishedChildren(pub.getSite().id(), getPage().slug());
    }

    public Album getAlbum() {
        return (Album) request.getAttribute(ContentRoutes.ALBUM);
    }

    public List<Album> getAlbums() {
        return albums.published(pub.getSite().id());
    }

    public List<AlbumService.Photo> getPhotos() {
        return albums.photos(getAlbum().getId());
    }

    public Category getCategory() {
        return (Category) request.getAttribute(ContentRoutes.CATEGORY);
    }

    public ArticleView getArticle() {
        return (ArticleView) request.getAttribute(ContentRoutes.ARTICLE);
    }

    public List<ArticleView> getFeatured() {
        return articles.featured(pub.getSite().id(), 3);
    }

    public List<ArticleView> getLatest() {
        return articles.latest(pub.getSite().id(), null, 0, 8);
    }

    public List<ArticleView> getAnnouncements() {
        return content.category(pub.getSite().id(), "thong-bao")
                .map(c -> articles.latest(pub.getSite().id(), c.getId(), 0, 5)).orElse(List.of());
    }

    /** The page of the category list asked for ({@code ?trang=2}), 1 if absent or wrong. */
    public int getPageNumber() {
        try {
            return Math.max(1, Math.min(10_000, Integer.parseInt(request.getParameter("trang"))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public List<ArticleView> getCategoryArticles() {
        return articles.latest(pub.getSite().id(), getCategory().getId(), (getPageNumber() - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    public int getPageCount() {
        long total = articles.countVisible(pub.getSite().id(), getCategory().getId());
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<ArticleView> getRelated() {
        return articles.related(getArticle(), 4);
    }

    /** The picture that stands for the article when it is shared (Open Graph), or null. */
    public String getArticleImage() {
        ArticleView article = getArticle();
        return article == null || article.cover() == null ? null : article.cover().getLargest();
    }

    /** The absolute address of the current page, for share links. */
    public String getCanonicalUrl() {
        StringBuffer url = request.getRequestURL();
        return url.toString();
    }

    public String getShareFacebook() {
        return "https://www.facebook.com/sharer/sharer.php?u=" + encode(getCanonicalUrl());
    }

    public String getShareZalo() {
        return "https://sp.zalo.me/share_inline?url=" + encode(getCanonicalUrl());
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    public List<ContentService.PageView> getQuickLinks() {
        var pages = content.publishedPages(pub.getSite().id());
        return QUICK_LINKS.stream()
                .flatMap(slug -> pages.stream().filter(p -> p.slug().equals(slug)))
                .toList();
    }

    public List<Category> getCategories() {
        return content.categories(pub.getSite().id());
    }
}
