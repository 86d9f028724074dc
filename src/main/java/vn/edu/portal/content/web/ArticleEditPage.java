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
 * Writing and reviewing one article: save, submit, publish, return with a comment, unpublish,
 * move to the trash. The cover image and an attachment can be uploaded with the same save.
 */
@Named
@ViewScoped
public class ArticleEditPage implements Serializable {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Inject
    transient AdminShell shell;

    @Inject
    transient ArticleService articles;

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
    private transient Part cover;
    private transient Part attachment;

    @PostConstruct
    void init() {
        shell.requested("id", "article", id -> articles.find(shell.staff().siteId(), id)).ifPresent(this::load);
        if (categoryId == null) {
            categoryId = getCategories().stream().findFirst().map(Category::getId).orElse(null);
        }
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
        publishAt = article.getPublishAt() == null ? null : INPUT.format(article.getPublishAt().atZone(Formats.VIETNAM));
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

    public MediaFile getCoverMedia() {
        Article article = getArticle();
        return article == null || article.getCoverId() == null ? null
                : media.find(shell.staff().siteId(), article.getCoverId()).orElse(null);
    }

    public boolean isEditable() {
        Article article = getArticle();
        return article == null || article.getStatus() != ArticleStatus.PUBLISHED || editorial.isCanPublish();
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

    public void returnToEditor() {
        try {
            articles.returnToEditor(shell.staff().siteId(), id, comment, editorial.actor());
            comment = null;
            Texts.info("article.returned");
        } catch (FieldErrors e) {
            Texts.show("review", e);
        }
    }

    public void unpublish() {
        articles.unpublish(shell.staff().siteId(), id, editorial.actor());
        Texts.info("article.unpublished");
    }

    public void trash() {
        articles.trash(shell.staff().siteId(), id, editorial.actor());
        redirect("bai-viet?loc=TRASH");
    }

    public void detach(long mediaId) {
        articles.removeAttachment(shell.staff().siteId(), id, mediaId, editorial.actor());
    }

    /** Saves what was typed and uploaded, then runs {@code next} (submit, publish) on the saved article. */
    private void persist(Runnable next) {
        long siteId = shell.staff().siteId();
        ArticleService.Actor actor = editorial.actor();
        boolean created = id == null;
        try {
            Instant scheduled = parsePublishAt();
            ArticleService.ArticleForm form = new ArticleService.ArticleForm(categoryId, title, slug, summary, body,
                    tags, featured, scheduled);
            Long coverId = null;
            if (Uploads.present(cover)) {
                coverId = media.uploadImage(siteId, "cover", cover.getSubmittedFileName(),
                        Uploads.read(cover, "cover", media.imageLimit()), actor.username()).getId();
            }
            List<Long> attached = new ArrayList<>();
            if (Uploads.present(attachment)) {
                attached.add(media.upload(siteId, "attachment", attachment.getSubmittedFileName(),
                        Uploads.read(attachment, "attachment", Math.max(media.imageLimit(), media.fileLimit())),
                        actor.username()).getId());
            }
            Article saved = articles.save(siteId, id, form, coverId, attached, actor);
            load(saved);
            if (next != null) {
                next.run();
            }
            Texts.info(next == null ? "article.saved" : "article.done");
            if (created) {
                redirect("bai-viet/soan?id=" + saved.getId());
            }
        } catch (FieldErrors e) {
            Texts.show("edit", e);
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
    public Part getCover() { return cover; }
    public void setCover(Part cover) { this.cover = cover; }
    public Part getAttachment() { return attachment; }
    public void setAttachment(Part attachment) { this.attachment = attachment; }
}
