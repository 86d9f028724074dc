package vn.edu.portal.content;

/**
 * The editorial rule every kind of content shares: only those who may publish on the site
 * (approvers and school admins; editors where the school allows it) put something online, change
 * or remove what is online. Anyone else saves drafts. Services check it again, whatever the form
 * posted: a refusal is a {@link SecurityException} (403, and an {@code access.denied} audit entry).
 */
public final class Publishing {

    private Publishing() {
    }

    /**
     * @param mayPublish   whether the actor may publish on this site
     * @param wasPublished whether the item is online now
     * @param willPublish  whether the change would leave it online
     */
    public static void require(boolean mayPublish, boolean wasPublished, boolean willPublish, String what) {
        if (!mayPublish && (wasPublished || willPublish)) {
            throw new SecurityException(what + ": only those who may publish on the site change what is online");
        }
    }

    /**
     * A personal ID number is refused where it was typed, in anything a school may put online (domain.md
     * §5 and §6: no public output carries a child's ID; the Khánh Hòa list of 2025). It is refused at
     * every save, drafts too, so that it never reaches the approver's queue, the search index or a feed.
     * The message says how to write a number of the same shape that is not an ID (in groups).
     */
    public static void refusePersonalIds(vn.edu.portal.platform.FieldErrors errors, String field, String text) {
        java.util.List<String> ids = vn.edu.portal.platform.PrivacyScan.personalIds(text);
        if (!ids.isEmpty() && errors.errors().get(field) == null) {
            errors.add(field, "content.personalId", ids.get(0));
        }
    }

    /** The same for rich text: its words, and its markup too (a link's address, a picture's text). */
    public static void refuseInHtml(vn.edu.portal.platform.FieldErrors errors, String field, String html) {
        refusePersonalIds(errors, field, vn.edu.portal.platform.HtmlText.of(html));
        refusePersonalIds(errors, field, html);
    }
}
