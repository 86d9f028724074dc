package vn.edu.portal.content;

import java.time.Instant;
import java.util.List;

/** An article as a public page, a feed or the search index sees it. */
public record ArticleView(long id, long siteId, String slug, String title, String summary, String body,
                          String coverUrl, String thumbUrl, List<String> tags, String authorName,
                          Instant publishedAt, Instant updatedAt, String categoryName, String categorySlug,
                          long viewCount, boolean featured, List<Attachment> attachments, Picture cover) {

    public record Attachment(String name, String url, long size, String contentType) {
        public String getName() { return name; }
        public String getUrl() { return url; }
        public long getSize() { return size; }
        public long getSizeKb() { return Math.max(1, size / 1024); }
    }

    public long getId() { return id; }
    public String getSlug() { return slug; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getBody() { return body; }
    public String getCoverUrl() { return coverUrl; }
    public String getThumbUrl() { return thumbUrl; }
    public List<String> getTags() { return tags; }
    public String getAuthorName() { return authorName; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getCategoryName() { return categoryName; }
    public String getCategorySlug() { return categorySlug; }
    public long getViewCount() { return viewCount; }
    public List<Attachment> getAttachments() { return attachments; }
    public long getSiteId() { return siteId; }
    public Picture getCover() { return cover; }
}
