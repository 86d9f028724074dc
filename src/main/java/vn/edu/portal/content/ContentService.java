package vn.edu.portal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.HtmlSanitizer;
import vn.edu.portal.platform.AuditLog;
import vn.edu.portal.tenant.PortalTemplate;

/** Pages, categories and menus of one site at a time: every method takes the site id. */
@ApplicationScoped
public class ContentService {

    /** A menu entry as public pages render it. */
    public record MenuLink(String label, String link, boolean external) {
        public String getLabel() { return label; }
        public String getLink() { return link; }
        public boolean isExternal() { return external; }
    }

    /** A published page as public pages render it. */
    public record PageView(String slug, String title, String body, Instant updatedAt) {
        public String getTitle() { return title; }
        public String getBody() { return body; }
        public String getSlug() { return slug; }
    }

    /** An edited menu row, as the menu editor sends it. */
    public record MenuRow(String label, String link) {
    }

    private static final Pattern INTERNAL_LINK = Pattern.compile("[a-z0-9][a-z0-9/_.-]{0,299}|");
    private static final Pattern EXTERNAL_LINK = Pattern.compile("https?://[^\\s<>\"']{3,490}");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    jakarta.enterprise.event.Event<ContentChanged> changed;

    @Inject
    MenuCache menus;

    public List<MenuLink> menu(long siteId) {
        return menus.computeIfAbsent(siteId, id -> menuItems(id).stream()
                .map(m -> new MenuLink(m.getLabel(), m.getLink(), m.getLink().startsWith("http")))
                .toList());
    }

    public List<MenuItem> menuItems(long siteId) {
        return em.createQuery("select m from MenuItem m where m.siteId = :s order by m.position, m.id", MenuItem.class)
                .setParameter("s", siteId).getResultList();
    }

    public Optional<PageView> publishedPage(long siteId, String slug) {
        return em.createQuery("select p from Page p where p.siteId = :s and p.slug = :slug and p.published = true",
                        Page.class)
                .setParameter("s", siteId).setParameter("slug", slug).getResultStream().findFirst()
                .map(p -> new PageView(p.getSlug(), p.getTitle(), p.getBody(), p.getUpdatedAt()));
    }

    public List<PageView> publishedPages(long siteId) {
        return em.createQuery("select p from Page p where p.siteId = :s and p.published = true order by p.position",
                        Page.class)
                .setParameter("s", siteId).getResultList().stream()
                .map(p -> new PageView(p.getSlug(), p.getTitle(), p.getBody(), p.getUpdatedAt())).toList();
    }

    /** The published pages directly under a page (shown on it as a list). */
    public List<PageView> publishedChildren(long siteId, String parentSlug) {
        return em.createQuery("select c from Page c, Page p where p.siteId = :s and p.slug = :slug and c.parentId = p.id "
                        + "and c.siteId = :s and c.published = true order by c.position, c.title", Page.class)
                .setParameter("s", siteId).setParameter("slug", parentSlug).getResultList().stream()
                .map(c -> new PageView(c.getSlug(), c.getTitle(), c.getBody(), c.getUpdatedAt())).toList();
    }

    public List<Category> categories(long siteId) {
        return em.createQuery("select c from Category c where c.siteId = :s order by c.position", Category.class)
                .setParameter("s", siteId).getResultList();
    }

    public Optional<Category> category(long siteId, String slug) {
        return em.createQuery("select c from Category c where c.siteId = :s and c.slug = :slug", Category.class)
                .setParameter("s", siteId).setParameter("slug", slug).getResultStream().findFirst();
    }

    /**
     * Gives a new site the template's categories, starter pages and menu. Placeholders such as
     * {@code {{ten_truong}}} are filled with the escaped values; the result is sanitised.
     */
    @Transactional
    public void applyTemplate(long siteId, PortalTemplate template, Map<String, String> values) {
        int position = 0;
        for (var c : template.categories()) {
            em.persist(new Category(siteId, c.slug(), c.name(), position++));
        }
        position = 0;
        for (var p : template.pages()) {
            String body = p.body();
            for (var v : values.entrySet()) {
                body = body.replace("{{" + v.getKey() + "}}", HtmlSanitizer.escape(v.getValue()));
            }
            em.persist(new Page(siteId, p.slug(), p.title(), HtmlSanitizer.sanitize(body), position++));
        }
        position = 0;
        for (var m : template.menu()) {
            em.persist(new MenuItem(siteId, m.label(), m.link(), position++));
        }
        menus.remove(siteId);
        changed.fire(new ContentChanged(siteId, "pages"));
    }

    /** A page in the editor's tree: its depth under the top level. */
    public record PageNode(Page page, int depth) {
        public Page getPage() { return page; }
        public int getDepth() { return depth; }
    }

    /** The fields of the page editor. */
    public record PageForm(Long parentId, String slug, String title, String body, int position, boolean published) {
    }

    /** All pages of a site as a tree (parents before children, by position). */
    public List<PageNode> pageTree(long siteId) {
        List<Page> pages = em.createQuery("select p from Page p where p.siteId = :s order by p.position, p.title", Page.class)
                .setParameter("s", siteId).getResultList();
        List<PageNode> tree = new ArrayList<>();
        addChildren(pages, null, 0, tree);
        return tree;
    }

    private static void addChildren(List<Page> pages, Long parentId, int depth, List<PageNode> tree) {
        for (Page page : pages) {
            if (java.util.Objects.equals(page.getParentId(), parentId) && depth < 6) {
                tree.add(new PageNode(page, depth));
                addChildren(pages, page.getId(), depth + 1, tree);
            }
        }
    }

    public Optional<Page> page(long siteId, long id) {
        return Optional.ofNullable(em.find(Page.class, id)).filter(p -> p.getSiteId() == siteId);
    }

    /** Creates (id null) or edits a page; the body is sanitised; a parent must be of the same site and not below it. */
    @Transactional
    public Page savePage(long siteId, Long id, PageForm form, boolean mayPublish, String actor, String ip) {
        Page page = id == null ? new Page(siteId, "", "", "", form.position())
                : page(siteId, id).orElseThrow(() -> new SecurityException("page of another site"));
        // A new page is not online yet, whatever its entity's default says (an editor's new draft was refused).
        Publishing.require(mayPublish, id != null && page.isPublished(), form.published(), "page " + (id == null ? "(new)" : id));
        FieldErrors errors = new FieldErrors();
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty()) {
            errors.add("title", "validation.required");
        } else if (title.length() > 300) {
            errors.add("title", "validation.tooLong", 300);
        }
        String slug = form.slug() == null || form.slug().isBlank() ? ArticleService.slugify(title) : form.slug().strip();
        if (!slug.matches("[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?")) {
            errors.add("slug", "article.slug.invalid");
        } else if (!em.createQuery("select p.id from Page p where p.siteId = :s and p.slug = :slug and p.id <> :id", Long.class)
                .setParameter("s", siteId).setParameter("slug", slug).setParameter("id", id == null ? -1L : id)
                .getResultList().isEmpty()) {
            errors.add("slug", "article.slug.taken");
        }
        if (form.parentId() != null) {
            Optional<Page> parent = page(siteId, form.parentId());
            if (parent.isEmpty()) {
                throw new SecurityException("parent page of another site");
            }
            for (Page p = parent.get(); p != null; p = p.getParentId() == null ? null : em.find(Page.class, p.getParentId())) {
                if (id != null && p.getId().equals(id)) {
                    errors.add("parent", "page.parent.cycle");
                    break;
                }
            }
        }
        String body = HtmlSanitizer.sanitize(form.body());
        if (HtmlSanitizer.showsNothing(form.body())) {
            errors.add("body", "article.body.empty");
        }
        Publishing.refusePersonalIds(errors, "title", title);
        Publishing.refuseInHtml(errors, "body", body);
        errors.throwIfAny();
        page.edit(form.parentId(), slug, title, body, form.position(), form.published());
        if (id == null) {
            em.persist(page);
        }
        audit.record(actor, siteId, id == null ? "page.create" : "page.save", title, ip);
        changed.fire(new ContentChanged(siteId, "pages"));
        return page;
    }

    @Transactional
    public void deletePage(long siteId, long id, boolean mayPublish, String actor, String ip) {
        Page page = page(siteId, id).orElseThrow(() -> new SecurityException("page of another site"));
        Publishing.require(mayPublish, page.isPublished(), false, "page " + id);
        em.createQuery("update Page p set p.parentId = :parent where p.parentId = :id and p.siteId = :s")
                .setParameter("parent", page.getParentId()).setParameter("id", id).setParameter("s", siteId).executeUpdate();
        em.remove(page);
        audit.record(actor, siteId, "page.delete", page.getTitle(), ip);
        changed.fire(new ContentChanged(siteId, "page-deleted:" + page.getSlug()));
    }

    /** A web address typed without its scheme ("www.moet.gov.vn"): the outside site it names, not a page of the school's. */
    private static final Pattern BARE_DOMAIN = Pattern.compile("(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(vn|com|net|org|edu|gov|info)(/.*)?",
            Pattern.CASE_INSENSITIVE);

    /** A menu row's link as kept: stripped, a bare domain made an https address (it became a broken page of the school). */
    static String menuLink(String typed) {
        String link = typed == null ? "" : typed.strip();
        return BARE_DOMAIN.matcher(link).matches() || link.toLowerCase(java.util.Locale.ROOT).startsWith("www.")
                ? "https://" + link : link;
    }

    /** Replaces the site's menu with the edited rows, in their order. */
    @Transactional
    public void saveMenu(long siteId, List<MenuRow> rows, String actor, String ip) {
        FieldErrors errors = new FieldErrors();
        for (int i = 0; i < rows.size(); i++) {
            MenuRow row = rows.get(i);
            String label = row.label() == null ? "" : row.label().strip();
            String link = menuLink(row.link());
            if (label.isEmpty()) {
                errors.add("label-" + i, "validation.required");
            } else if (label.length() > 120) {
                errors.add("label-" + i, "validation.tooLong", 120);
            }
            if (!INTERNAL_LINK.matcher(link).matches() && !EXTERNAL_LINK.matcher(link).matches()) {
                errors.add("link-" + i, "menu.link.invalid");
            }
        }
        if (rows.size() > 30) {
            errors.add("menu", "menu.tooMany", 30);
        }
        errors.throwIfAny();
        List<MenuItem> existing = new ArrayList<>(menuItems(siteId));
        existing.forEach(em::remove);
        for (int i = 0; i < rows.size(); i++) {
            em.persist(new MenuItem(siteId, rows.get(i).label().strip(), menuLink(rows.get(i).link()), i));
        }
        menus.remove(siteId);
        audit.record(actor, siteId, "menu.save", rows.size() + " mục", ip);
        changed.fire(new ContentChanged(siteId, "menu"));
    }
}
