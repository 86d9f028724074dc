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
}
