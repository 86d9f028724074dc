package vn.edu.portal.content.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
import vn.edu.portal.platform.Uploads;
import vn.edu.portal.security.web.AdminShell;

/**
 * Writing and reviewing one article: the short path first (title, category, a photo, the text,
 * then send for approval or publish), the rest under "more options"; save, submit, publish,
 * return with a comment, unpublish, move to the trash.
 *
 * <p>Nothing typed is lost: the editor's script sends what is typed every few seconds
 * ({@link #autosave}, kept by {@link ArticleDrafts}) and keeps a copy in the browser tab; an
 * autosaved copy is opened again with the article (after an expired session, a closed browser).
 * Photos are uploaded as soon as they are chosen, pasted or dropped ({@link #uploadCover},
 * {@link #uploadInline}) and resized on the server. A save carries the version the editor started
 * from: when someone else saved the article meanwhile, nothing is written and the editor chooses
 * between keeping his text ({@link #overwrite}) and taking the newer one ({@link #takeLatest}).
 */
@Named
@ViewScoped
public class ArticleEditPage implements Serializable {

    private static final String CLEAN = "articleEdit.clean";
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(Formats.VIETNAM);
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
    private Long categoryId;
    private String title;
    private String slug;
    private String summary;
    private String body;
    private String tags;
    private boolean featured;
    private String publishAt;
    private String comment;
    private Long coverId;
    private Integer version;
    private transient Part cover;
    private transient Part attachment;
    private transient Part photo;

    /** When the form was filled from an autosaved copy rather than from the saved article. */
    private Instant restoredFrom;
    /** Why the last save was refused because someone else saved first; null otherwise. */
    private String conflict;
    /** The last action saved the article: the browser's copy of the typing can go. */
    private boolean saved;
    /** This page follows the creation of the article (or the discarding of a new one's copy). */
    private boolean created;
    /** The state the article was in when this editor last read it: a publish that finds it published meanwhile says so. */
    private ArticleStatus openedStatus;
    private String autosavedAt;
    private String autosaveError;
    private String photoUrl;
    private String photoThumb;
    private Long photoMedia;
    private String photoError;

    @PostConstruct
    void init() {
        shell.requested("id", "article", id -> articles.find(shell.staff().siteId(), id)).ifPresent(this::load);
        if (categoryId == null) {
            categoryId = getCategories().stream().findFirst().map(Category::getId).orElse(null);
        }
        drafts.find(shell.staff().siteId(), shell.staff().username(), id).ifPresent(this::restore);
        // after a redirect of this page (created, or typing dropped): the browser's copy can go
        Object clean = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(CLEAN);
        created = Boolean.TRUE.equals(clean);
        saved = clean != null;
    }

    private void load(Article article) {
        id = article.getId();
        categoryId = article.getCategoryId();
        title = article.getTitle();
        slug = article.getSlug();
        summary = article.getSummary();
        body = article.getBody();
        tags = article.getTags();
        featured = article.isFeatured();
        coverId = article.getCoverId();
        version = article.getRowVersion();
        publishAt = article.getPublishAt() == null ? null : INPUT.format(article.getPublishAt().atZone(Formats.VIETNAM));
        openedStatus = article.getStatus();
    }

    /** Fills the form from the autosaved copy; its base version makes a save over a newer article a conflict. */
    private void restore(ArticleAutosave copy) {
        if (copy.getCategoryId() != null && getCategories().stream().anyMatch(c -> c.getId().equals(copy.getCategoryId()))) {
            categoryId = copy.getCategoryId();
        }
        title = copy.getTitle();
        summary = copy.getSummary();
        body = copy.getBody();
        tags = copy.getTags();
        if (copy.getCoverId() != null) {
            coverId = copy.getCoverId();
        }
        if (id != null && copy.getBaseVersion() != null) {
            version = copy.getBaseVersion();
        }
        restoredFrom = copy.getSavedAt();
    }

    public Article getArticle() {
        return id == null ? null : articles.find(shell.staff().siteId(), id).orElse(null);
    }

    public List<Category> getCategories() {
        return content.categories(shell.staff().siteId());
    }

    public List<MediaFile> getAttachments() {
        return id == null ? List.of() : articles.attachments(id);
    }

    /** The cover the form holds now: the article's, or one just uploaded. */
    public MediaFile getCoverMedia() {
        return coverId == null ? null : media.find(shell.staff().siteId(), coverId).orElse(null);
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

    public String getRestoredAt() {
        return restoredFrom == null ? null : WHEN.format(restoredFrom);
    }

    public long getPhotoLimit() {
        return media.photoLimit();
    }

    /** What the script says, before uploading, about a photo over the limit. */
    public String getPhotoTooLarge() {
        return Texts.get("photo.tooLarge", Math.max(1, media.photoLimit() / 1024 / 1024));
    }

    public void save() {
        persist(null);
    }

    public void submit() {
        persist(() -> articles.submit(shell.staff().siteId(), id, editorial.actor()));
    }

    public void publish() {
        persist(() -> articles.publish(shell.staff().siteId(), id, editorial.actor()));
    }

    /** After a conflict: save what this editor typed over the newer version, which stays in the history. */
    public void overwrite() {
        Article current = getArticle();
        if (current != null) {
            version = current.getRowVersion();
        }
        persist(null);
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
        articles.removeAttachment(shell.staff().siteId(), id, mediaId, editorial.actor());
    }

    /** Keeps what is typed (the script calls this every few seconds); nothing is checked but the site. */
    public void autosave() {
        autosaveError = null;
        try {
            ArticleAutosave copy = drafts.keep(shell.staff().siteId(), shell.staff().username(), id,
                    new ArticleDrafts.Typed(version, categoryId, title, summary, body, tags, coverId));
            autosavedAt = CLOCK.format(copy.getSavedAt());
        } catch (FieldErrors e) {
            FieldErrors.Error error = e.errors().values().iterator().next();
            autosaveError = Texts.get(error.key(), error.args());
        }
    }

    /** A cover photo chosen in the form, uploaded at once and resized on the server. */
    public void uploadCover() {
        if (storePhoto()) {
            coverId = photoMedia;
        }
    }

    /** A photo pasted, dropped or chosen for the text, uploaded at once; the script inserts its address. */
    public void uploadInline() {
        storePhoto();
    }

    private boolean storePhoto() {
        photoError = null;
        photoUrl = null;
        try {
            MediaFile stored = media.uploadPhoto(shell.staff().siteId(), "photo",
                    photo == null ? null : photo.getSubmittedFileName(), Uploads.read(photo, "photo", media.photoLimit()),
                    shell.staff().username());
            String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
            photoUrl = context + stored.url();
            photoThumb = context + stored.thumbUrl();
            photoMedia = stored.getId();
            return true;
        } catch (FieldErrors e) {
            FieldErrors.Error error = e.errors().values().iterator().next();
            photoError = Texts.get(error.key(), error.args());
            return false;
        }
    }

    /** Saves what was typed and uploaded, then runs {@code next} (submit, publish) on the saved article. */
    private void persist(Runnable next) {
        long siteId = shell.staff().siteId();
        ArticleService.Actor actor = editorial.actor();
        boolean created = id == null;
        conflict = null;
        try {
            Instant scheduled = parsePublishAt();
            ArticleService.ArticleForm form = new ArticleService.ArticleForm(categoryId, title, slug, summary, body,
                    tags, featured, scheduled);
            Long newCover = coverId;
            if (Uploads.present(cover)) {
                newCover = media.uploadPhoto(siteId, "cover", cover.getSubmittedFileName(),
                        Uploads.read(cover, "cover", media.photoLimit()), actor.username()).getId();
            }
            List<Long> attached = new ArrayList<>();
            if (Uploads.present(attachment)) {
                attached.add(media.upload(siteId, "attachment", attachment.getSubmittedFileName(),
                        Uploads.read(attachment, "attachment", Math.max(media.imageLimit(), media.fileLimit())),
                        actor.username()).getId());
            }
            Article stored = articles.save(siteId, id, form, newCover, attached, actor, created ? null : version);
            load(stored);
            restoredFrom = null;
            saved = true;
            if (next != null) {
                next.run();
                refreshVersion();
            }
            Texts.info(next == null ? "article.saved" : "article.done");
            if (created) {
                redirectClean("bai-viet/soan?id=" + stored.getId(), true);
            }
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
            version = current.getRowVersion();
            openedStatus = current.getStatus();
        }
    }

    private Instant parsePublishAt() {
        if (publishAt == null || publishAt.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(publishAt.strip(), INPUT).atZone(Formats.VIETNAM).toInstant();
        } catch (DateTimeParseException e) {
            throw FieldErrors.of("publishAt", "article.publishAt.invalid");
        }
    }

    /** Redirects to the form, telling it that the browser's copy of the typing can go ({@code created}: and that of a new article). */
    private void redirectClean(String page, boolean created) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put(CLEAN, created);
        redirect(page);
    }

    private void redirect(String page) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + "/admin/s/" + shell.staff().site().slug() + "/" + page);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Long getId() { return id; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public boolean isFeatured() { return featured; }
    public void setFeatured(boolean featured) { this.featured = featured; }
    public String getPublishAt() { return publishAt; }
    public void setPublishAt(String publishAt) { this.publishAt = publishAt; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public Long getCoverId() { return coverId; }
    public void setCoverId(Long coverId) { this.coverId = coverId; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public Part getCover() { return cover; }
    public void setCover(Part cover) { this.cover = cover; }
    public Part getAttachment() { return attachment; }
    public void setAttachment(Part attachment) { this.attachment = attachment; }
    public Part getPhoto() { return photo; }
    public void setPhoto(Part photo) { this.photo = photo; }
    public String getConflict() { return conflict; }
    /** The article's state as this editor last read it (null: new); the buttons follow it, so a click on a stale page is answered. */
    public String getOpenedStatus() { return openedStatus == null ? null : openedStatus.name(); }
    public boolean isSaved() { return saved; }
    public boolean isCreated() { return created; }
    public String getAutosavedAt() { return autosavedAt; }
    public String getAutosaveError() { return autosaveError; }
    public String getPhotoUrl() { return photoUrl; }
    public String getPhotoThumb() { return photoThumb; }
    public Long getPhotoMedia() { return photoMedia; }
    public String getPhotoError() { return photoError; }
}
