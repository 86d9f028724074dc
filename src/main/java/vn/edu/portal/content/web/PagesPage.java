package vn.edu.portal.content.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.edu.portal.content.ContentService;
import vn.edu.portal.content.Page;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;

/** The static pages of a site as a tree, and the form that adds or edits one (?id=). */
@Named
@ViewScoped
public class PagesPage implements Serializable {

    @Inject
    transient vn.edu.portal.content.web.Editorial editorial;

    @Inject
    transient AdminShell shell;

    @Inject
    transient ContentService content;

    private Long id;
    private Long parentId;
    private String slug;
    private String title;
    private String body;
    private int position;
    private boolean published = true;

    @PostConstruct
    void init() {
        // Those who may not publish start (and stay) with a draft.
        published = editorial.isCanPublish();
        shell.requested("id", "page", p -> content.page(shell.staff().siteId(), p)).ifPresent(this::load);
    }

    private void load(Page page) {
        id = page.getId();
        parentId = page.getParentId();
        slug = page.getSlug();
        title = page.getTitle();
        body = page.getBody();
        position = page.getPosition();
        published = page.isPublished();
    }

    /** The tree as drawn: its rows' buttons act on the pages the user saw ({@link vn.edu.portal.platform.AsDrawn}). */
    public List<ContentService.PageNode> getTree() {
        return tree.get(() -> content.pageTree(shell.staff().siteId()));
    }

    private final vn.edu.portal.platform.AsDrawn<ContentService.PageNode> tree = new vn.edu.portal.platform.AsDrawn<>();

    /** Pages that may be the parent: any but the page itself. */
    public List<ContentService.PageNode> getParents() {
        return getTree().stream().filter(n -> id == null || !n.page().getId().equals(id)).toList();
    }

    public String indent(int depth) {
        return "— ".repeat(depth);
    }

    public void save() {
        StaffContext staff = shell.staff();
        editorial.refuseForgedPublish("page:published");
        try {
            Page saved = content.savePage(staff.siteId(), id, new ContentService.PageForm(parentId, slug, title, body,
                    position, published), editorial.isCanPublish(), staff.username(), staff.ip());
            load(saved);
            Texts.info("page.saved", saved.getTitle());
        } catch (FieldErrors e) {
            Texts.show("page", e);
        }
    }

    public void delete(long pageId) {
        StaffContext staff = shell.staff();
        content.deletePage(staff.siteId(), pageId, editorial.isCanPublish(), staff.username(), staff.ip());
        if (id != null && id == pageId) {
            id = null;
            title = null;
            slug = null;
            body = null;
            Texts.info("page.deleted");
            shell.reopen("trang"); // not the deleted page's address, which a reload would say is not found
            return;
        }
        Texts.info("page.deleted");
    }

    public Long getId() { return id; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public boolean isPublished() { return published; }
    public void setPublished(boolean published) { this.published = published; }
}
