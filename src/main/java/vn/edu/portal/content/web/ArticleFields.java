package vn.edu.portal.content.web;

import jakarta.servlet.http.Part;
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
import vn.edu.portal.content.Category;
import vn.edu.portal.content.MediaService;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Formats;
import vn.edu.portal.platform.Uploads;

/**
 * The values of the article form ({@code #{articleEditPage.fields}}), filled from the saved article
 * or from its autosaved copy, and read back as the form to save or the typing to autosave. The
 * version is the one the editor started from: a save over a newer one is a conflict.
 */
public class ArticleFields implements Serializable {

    /** Strict: a day the month does not have (31/02) is refused, not moved to the month's last. */
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private Long categoryId;
    private String title;
    private String slug;
    private String summary;
    private String body;
    private String tags;
    private boolean featured;
    private String publishAt;
    private Long coverId;
    private Integer version;
    private transient Part cover;
    private transient Part attachment;

    void load(Article article) {
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
    }

    /** Fills the form from the autosaved copy; of a saved article ({@code saved}), its base version too. */
    void restore(ArticleAutosave copy, boolean saved, List<Category> categories) {
        if (copy.getCategoryId() != null && categories.stream().anyMatch(c -> c.getId().equals(copy.getCategoryId()))) {
            categoryId = copy.getCategoryId();
        }
        title = copy.getTitle();
        summary = copy.getSummary();
        body = copy.getBody();
        tags = copy.getTags();
        if (copy.getCoverId() != null) {
            coverId = copy.getCoverId();
        }
        if (saved && copy.getBaseVersion() != null) {
            version = copy.getBaseVersion();
        }
    }

    /** The form to save; a publish time that is not {@code dd/MM/yyyy HH:mm} is refused. */
    ArticleService.ArticleForm form() {
        return new ArticleService.ArticleForm(categoryId, title, slug, summary, body, tags, featured, parsePublishAt());
    }

    /** What is typed, as the autosave keeps it. */
    ArticleDrafts.Typed typed() {
        return new ArticleDrafts.Typed(version, categoryId, title, summary, body, tags, coverId);
    }

    /** The cover to save: a photo sent with the form (stored and resized now), or the one the form holds. */
    Long uploadedCover(MediaService media, long siteId, String username) {
        if (!Uploads.present(cover)) {
            return coverId;
        }
        return media.uploadPhoto(siteId, "cover", cover.getSubmittedFileName(),
                Uploads.read(cover, "cover", media.photoLimit()), username).getId();
    }

    /** The file sent with the form to attach, stored now; none if none was sent. */
    List<Long> uploadedAttachments(MediaService media, long siteId, String username) {
        List<Long> attached = new ArrayList<>();
        if (Uploads.present(attachment)) {
            attached.add(media.upload(siteId, "attachment", attachment.getSubmittedFileName(),
                    Uploads.read(attachment, "attachment", Math.max(media.imageLimit(), media.fileLimit())),
                    username).getId());
        }
        return attached;
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
    public Long getCoverId() { return coverId; }
    public void setCoverId(Long coverId) { this.coverId = coverId; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public Part getCover() { return cover; }
    public void setCover(Part cover) { this.cover = cover; }
    public Part getAttachment() { return attachment; }
    public void setAttachment(Part attachment) { this.attachment = attachment; }
}
