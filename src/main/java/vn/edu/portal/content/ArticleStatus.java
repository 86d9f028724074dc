package vn.edu.portal.content;

/** draft → submitted → published, or returned to the editor with a comment. */
public enum ArticleStatus {
    DRAFT, SUBMITTED, RETURNED, PUBLISHED
}
