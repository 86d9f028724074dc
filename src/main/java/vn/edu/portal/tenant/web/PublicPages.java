package vn.edu.portal.tenant.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.edu.portal.content.Category;
import vn.edu.portal.content.ArticleService;
import vn.edu.portal.content.ArticleView;
import vn.edu.portal.content.ContentService;
import vn.edu.portal.platform.TextFolding;
import vn.edu.portal.tenant.SchoolLevel;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.SiteService;

/** Data of the public views: a school's home, a page, a category, the department's directory. */
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
    SiteService sites;

    @Inject
    ArticleService articles;

    @Inject
    vn.edu.portal.content.AlbumService albums;

    @Inject
    vn.edu.portal.tenant.SiteDirectory directory;

    @Inject
    vn.edu.portal.feed.ExternalFeedService externalFeeds;

    static final int PAGE_SIZE = 10;

    private List<SiteInfo> schools;
    private List<SiteInfo> allSchools;

    public ContentService.PageView getPage() {
        return (ContentService.PageView) request.getAttribute(PublicRoutes.PAGE);
    }

    public List<ContentService.PageView> getChildren() {
        return content.publishedChildren(pub.getSite().id(), getPage().slug());
    }

    public vn.edu.portal.content.Album getAlbum() {
        return (vn.edu.portal.content.Album) request.getAttribute(PublicRoutes.ALBUM);
    }

    public List<vn.edu.portal.content.Album> getAlbums() {
        return albums.published(pub.getSite().id());
    }

    public List<vn.edu.portal.content.AlbumService.Photo> getPhotos() {
        return albums.photos(getAlbum().getId());
    }

    public Category getCategory() {
        return (Category) request.getAttribute(PublicRoutes.CATEGORY);
    }

    public ArticleView getArticle() {
        return (ArticleView) request.getAttribute(PublicRoutes.ARTICLE);
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

    /** The department's stream: the newest articles of every school. */
    public List<ArticleView> getStream() {
        return articles.latestEverywhere(12);
    }

    /** News fetched from schools hosted elsewhere, shown marked as external. */
    public List<vn.edu.portal.feed.FeedEntry> getExternalStream() {
        return externalFeeds.recentItems(6);
    }

    public String siteName(long siteId) {
        return directory.byId(siteId).map(SiteInfo::name).orElse("");
    }

    /** Link to an article of any site, in the /s/ form (used by the department's stream). */
    public String articleUrl(ArticleView article) {
        return directory.byId(article.siteId()).map(s -> request.getContextPath()
                + (s.isDepartment() ? "/" : "/s/" + s.slug() + "/") + "bai-viet/" + article.slug()).orElse("#");
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

    public String getQuery() {
        String q = request.getParameter("q");
        return q == null ? "" : q.strip();
    }

    public String getLevel() {
        String level = request.getParameter("cap");
        return level == null ? "" : level;
    }

    public SchoolLevel[] getLevels() {
        return SchoolLevel.values();
    }

    /** Schools matching the directory filter: name or district (accents ignored) and level. */
    public List<SiteInfo> getSchools() {
        if (schools == null) {
            String q = TextFolding.fold(getQuery());
            String level = getLevel();
            schools = allSchools().stream()
                    .filter(s -> level.isEmpty() || (s.level() != null && s.level().name().equals(level)))
                    .filter(s -> q.isEmpty() || TextFolding.fold(s.name()).contains(q)
                            || TextFolding.fold(s.district()).contains(q))
                    .toList();
        }
        return schools;
    }

    public Map<SchoolLevel, Long> getCountsByLevel() {
        Map<SchoolLevel, Long> counts = new EnumMap<>(SchoolLevel.class);
        allSchools().forEach(s -> {
            if (s.level() != null) {
                counts.merge(s.level(), 1L, Long::sum);
            }
        });
        return counts;
    }

    public int getSchoolCount() {
        return allSchools().size();
    }

    private List<SiteInfo> allSchools() {
        if (allSchools == null) {
            allSchools = sites.schools();
        }
        return allSchools;
    }

    public String schoolUrl(SiteInfo school) {
        return request.getContextPath() + "/s/" + school.slug() + "/";
    }
}
