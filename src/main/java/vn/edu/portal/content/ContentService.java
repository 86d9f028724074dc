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
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.HtmlSanitizer;
import vn.edu.portal.security.AuditLog;
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

    private final Map<Long, List<MenuLink>> menus = new ConcurrentHashMap<>();

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
    }

    /** Replaces the site's menu with the edited rows, in their order. */
    @Transactional
    public void saveMenu(long siteId, List<MenuRow> rows, String actor, String ip) {
        FieldErrors errors = new FieldErrors();
        for (int i = 0; i < rows.size(); i++) {
            MenuRow row = rows.get(i);
            String label = row.label() == null ? "" : row.label().strip();
            String link = row.link() == null ? "" : row.link().strip();
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
            em.persist(new MenuItem(siteId, rows.get(i).label().strip(), rows.get(i).link().strip(), i));
        }
        menus.remove(siteId);
        audit.record(actor, siteId, "menu.save", rows.size() + " mục", ip);
    }
}
