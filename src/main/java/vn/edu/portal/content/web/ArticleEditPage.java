package vn.edu.portal.content.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.edu.portal.content.Article;
import vn.edu.portal.content.ArticleAutosave;
import vn.edu.portal.content.ArticleDrafts;
import vn.edu.portal.content.ArticleService;
import vn.edu.portal.content.ArticleStatus;
import vn.edu.portal.content.Category;
import vn.edu.portal.content.ContentService;
import vn.edu.portal.content.MediaFile;
import vn.edu.portal.content.MediaService;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Formats;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.web.AdminShell;

/**
 * Writing and reviewing one article: the short path first (title, category, a photo, the text, then send for
 * approval or publish), the rest under "more options"; save, submit, publish, return, unpublish, trash.
 *
 * <p>Nothing typed is lost: the editor's script sends what is typed every few seconds
 * ({@link ArticleEditorScript#autosave}, kept by {@link ArticleDrafts}) and keeps a copy in the browser
 * tab; an autosaved copy is opened again with the article (after an expired session, a closed browser).
 * Photos are uploaded as soon as they are chosen, pasted or dropped ({@link ArticleEditorScript}) and
 * resized on the server. The values typed are {@link ArticleFields}. A save carries the version the editor started
 * from: when someone else saved the article meanwhile, nothing is written and the editor chooses
 * between keeping his text ({@link #overwrite}) and taking the newer one ({@link #takeLatest}).
 */
@Named
@ViewScoped
public class ArticleEditPage implements Serializable {

    private static final String CLEAN = "articleEdit.clean";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(Formats.VIETNAM);

    @Inject
    transient AdminShell shell;

    @Inject
    transient ArticleService articles;

    @Inject
    transient ArticleDrafts drafts;

    @Inject
    transient ContentService content;

    @Inject
    transient MediaService media;

    @Inject
    transient Editorial editorial;

    private Long id;
    private final ArticleFields fields = new ArticleFields();
    private String comment;

    private Instant restoredFrom; // the form was filled from an autosaved copy of then, not from the saved article
    /** When this person's autosaved copy, made on an older version of the article and not opened, was saved. */
    private Instant staleCopyFrom;
    /** Why the last save was refused because someone else saved first; null otherwise. */
    private String conflict;
    private boolean saved; // the last action saved the article: the browser's copy of the typing can go
    /** This page follows the creation of the article (or the discarding of a new one's copy). */
    private boolean created;
    private ArticleStatus openedStatus; // as this editor last read it: a publish that finds it published meanwhile says so

    @PostConstruct
    void init() {
        shell.requested("id", "article", id -> articles.find(shell.staff().siteId(), id)).ifPresentOrElse(this::load, () -> {
            if (shell.hasRequested("id")) { // an address of an article gone (or another school's): said, not a blank new one
                Texts.error("article.notFound");
            }
        });
        if (fields.getCategoryId() == null) {
            fields.setCategoryId(getCategories().stream().findFirst().map(Category::getId).orElse(null));
        }
        if (isEditable()) { // a copy typed into what this person may not change is not brought back
            Article article = getArticle();
            drafts.find(shell.staff().siteId(), shell.staff().username(), id).ifPresent(copy -> { // not over a newer version
                if (article != null && copy.getBaseVersion() != null && copy.getBaseVersion() != article.getRowVersion()) {
                    staleCopyFrom = copy.getSavedAt();
                } else {
                    restore(copy);
                }
            });
        }
        // after a redirect of this page (created, or typing dropped): the browser's copy can go
        Object clean = vn.edu.portal.platform.Flashes.read(CLEAN);
        created = Boolean.TRUE.equals(clean);
        saved = clean != null;
    }

    private void load(Article article) {
        id = article.getId();
        fields.load(article);
        openedStatus = article.getStatus();
    }

    /** Fills the form from the autosaved copy; its base version makes a save over a newer article a conflict. */
    private void restore(ArticleAutosave copy) {
        fields.restore(copy, id != null, getCategories());
        restoredFrom = copy.getSavedAt();
    }

    public Article getArticle() {
        return id == null ? null : articles.find(shell.staff().siteId(), id).orElse(null);
    }

    public List<Category> getCategories() {
        return content.categories(shell.staff().siteId());
    }

    /** The files as drawn: a file's ✕ takes off the file the user saw ({@link vn.edu.portal.platform.AsDrawn}). */
    public List<MediaFile> getAttachments() {
        return id == null ? List.of() : attachments.get(() -> articles.attachments(id));
    }

    private final vn.edu.portal.platform.AsDrawn<MediaFile> attachments = new vn.edu.portal.platform.AsDrawn<>();

    /** The cover the form holds now: the article's, or one just uploaded. */
    public MediaFile getCoverMedia() {
        return fields.getCoverId() == null ? null : media.find(shell.staff().siteId(), fields.getCoverId()).orElse(null);
    }

    public boolean isEditable() {
        Article article = getArticle();
        return article == null || article.getStatus() != ArticleStatus.PUBLISHED || editorial.isCanPublish();
    }

    /** The key under which the browser keeps this form's typing: person, site, article. */
    public String getDraftKey() {
        return shell.staff().username() + "|" + shell.staff().site().slug() + "|" + (id == null ? "new" : id);
    }

    public String getPreviewUrl() {
        return shell.url("SITE_ARTICLE_PREVIEW") + (id == null ? "" : "?id=" + id);
    }

    /** The login page that brings the editor back to this article. */
    public String getLoginUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/login?next="
                + java.net.URLEncoder.encode("/admin/s/" + shell.staff().site().slug() + "/bai-viet/soan"
                + (id == null ? "" : "?id=" + id), java.nio.charset.StandardCharsets.UTF_8);
    }

    public void save() {
        persist(null, null);
    }

    public void submit() {
        persist(() -> articles.submit(shell.staff().siteId(), id, editorial.actor()), "article.sent");
    }

    public void publish() {
        persist(() -> articles.publish(shell.staff().siteId(), id, editorial.actor()), "article.done");
    }

    /** After a conflict: save what this editor typed over the newer version, which stays in the history. */
    public void overwrite() {
        Article current = getArticle();
        if (current != null) {
            fields.setVersion(current.getRowVersion());
        }
        persist(null, null);
    }

    /** After a conflict: drop this editor's typing and open the newer version. */
    public void takeLatest() {
        drafts.discard(shell.staff().siteId(), shell.staff().username(), id);
        redirectClean("bai-viet/soan?id=" + id, false);
    }

    /** Drops the autosaved copy and shows the article as last saved. */
    public void discardAutosave() {
        drafts.discard(shell.staff().siteId(), shell.staff().username(), id);
        redirectClean("bai-viet/soan" + (id == null ? "" : "?id=" + id), id == null);
    }

    public void returnToEditor() {
        try {
            articles.returnToEditor(shell.staff().siteId(), id, comment, editorial.actor());
            comment = null;
            refreshVersion();
            Texts.info("article.returned");
        } catch (FieldErrors e) {
            showRefusal("review", e);
        }
    }

    public void unpublish() {
        articles.unpublish(shell.staff().siteId(), id, editorial.actor());
        refreshVersion();
        Texts.info("article.unpublished");
    }

    public void trash() {
        articles.trash(shell.staff().siteId(), id, editorial.actor());
        redirect("bai-viet?loc=TRASH");
    }

    public void detach(long mediaId) {
        if (id != null) {
            articles.removeAttachment(shell.staff().siteId(), id, mediaId, editorial.actor());
        }
    }

    /** Saves what was typed and uploaded, then runs {@code next} (submit, publish) on the saved article. */
    private void persist(Runnable next, String doneKey) {
        long siteId = shell.staff().siteId();
        ArticleService.Actor actor = editorial.actor();
        boolean created = id == null;
        conflict = null;
        try {
            ArticleService.ArticleForm form = fields.form();
            Long newCover = fields.uploadedCover(media, siteId, actor.username());
            List<Long> attached = fields.uploadedAttachments(media, siteId, actor.username());
            Article stored = articles.save(siteId, id, form, newCover, attached, actor, created ? null : fields.getVersion());
            load(stored);
            restoredFrom = null;
            saved = true;
            if (next != null) {
                next.run();
                refreshVersion();
            }
            Texts.info(next == null ? "article.saved" : doneKey);
            // Always to the article's own address (post, redirect, get): it lost "?id=", and a reload opened a new article.
            redirectClean("bai-viet/soan?id=" + stored.getId(), created);
        } catch (FieldErrors e) {
            showRefusal("edit", e);
        }
    }

    /** A refusal: a conflict gets its own notice, a stale state (already published…) a global message. */
    private void showRefusal(String formId, FieldErrors e) {
        FieldErrors.Error clash = e.errors().get(ArticleService.CONFLICT);
        FieldErrors.Error state = e.errors().get(ArticleService.STATE);
        if (clash != null) {
            Article current = getArticle();
            if (current != null && current.getStatus() == ArticleStatus.PUBLISHED
                    && openedStatus != ArticleStatus.PUBLISHED) {
                conflict = Texts.get("article.conflict.published", WHEN.format(current.getPublishAt()));
            } else {
                conflict = Texts.get(clash.key(), clash.args());
            }
            FacesContext.getCurrentInstance().validationFailed();
        } else if (state != null) {
            Texts.error(state.key(), state.args());
            refreshVersion();
            FacesContext.getCurrentInstance().validationFailed();
        } else {
            Texts.show(formId, e);
        }
    }

    /** Takes the current version and state after an action that changed the row (submit, publish, unpublish). */
    private void refreshVersion() {
        Article current = getArticle();
        if (current != null) {
            fields.setVersion(current.getRowVersion());
            openedStatus = current.getStatus();
        }
    }

    /** Redirects to the form, telling it that the browser's copy of the typing can go ({@code created}: and that of a new article). */
    private void redirectClean(String page, boolean created) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put(CLEAN, created);
        redirect(page);
    }

    private void redirect(String page) {
        shell.reopen(page);
    }

    public Long getId() { return id; }
    public ArticleFields getFields() { return fields; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getConflict() { return conflict; }
    public String getRestoredAt() { return restoredFrom == null ? null : WHEN.format(restoredFrom); }
    public String getStaleCopyAt() { return staleCopyFrom == null ? null : WHEN.format(staleCopyFrom); }
    /** The article's state as this editor last read it (null: new); the buttons follow it, so a click on a stale page is answered. */
    public String getOpenedStatus() { return openedStatus == null ? null : openedStatus.name(); }
    public boolean isSaved() { return saved; }
    public boolean isCreated() { return created; }
}
