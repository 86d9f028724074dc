package vn.edu.portal.platform;

import jakarta.faces.context.FacesContext;

/** The Jakarta Faces flash of a console page, read safely. */
public final class Flashes {

    private Flashes() {
    }

    /**
     * What the previous request left under {@code key}, or null. Mojarra answers a flash cookie it
     * cannot decode (left by a post that ended in the exception handler's redirect: an upload over
     * the servlet's limits) with a NullPointerException from inside {@code get}: nothing was left then.
     */
    public static Object read(String key) {
        try {
            return FacesContext.getCurrentInstance().getExternalContext().getFlash().get(key);
        } catch (NullPointerException unreadableCookie) {
            return null;
        }
    }
}
