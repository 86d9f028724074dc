package vn.edu.portal.platform;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Views live under {@code WEB-INF} and are reached through the routing filters, so a form posts
 * back to the address the page was requested at. Vietnamese is the language unless the visitor
 * chose English (the {@code lang} cookie, set only by that choice).
 */
public class PortalViewHandler extends ViewHandlerWrapper {

    /** Request attribute: the path (inside the application) the current view was requested at. */
    public static final String ACTION_PATH = "portal.actionPath";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public PortalViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    /**
     * The parameters of the console's address a form posts back with: the item the page shows, the queue's filter and search.
     * Without them a refused action (an empty reason, a bad file) left the page on the form's bare address, which,
     * reopened or reloaded, showed nothing. Only these: a crafted address must not change what a button posts.
     */
    static final java.util.List<String> KEPT_PARAMETERS = java.util.List.of("id", "trang-thai", "q");

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        Object path = context.getExternalContext().getRequestMap().get(ACTION_PATH);
        if (path instanceof String p) {
            return context.getExternalContext().getRequestContextPath() + p
                    + (p.startsWith("/admin/") ? keptQuery((HttpServletRequest) context.getExternalContext().getRequest()) : "");
        }
        return super.getActionURL(context, viewId);
    }

    /** "?id=…&trang-thai=…" from the address the page was asked at (or posted to), or "" ({@link #KEPT_PARAMETERS}). */
    static String keptQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (KEPT_PARAMETERS.contains(name) && pair.matches("[a-z-]+=[A-Za-z0-9_.%+-]{1,300}")) {
                kept.append(kept.length() == 0 ? '?' : '&').append(pair);
            }
        }
        return kept.toString();
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return localeOf((HttpServletRequest) context.getExternalContext().getRequest());
    }

    /** The language kept with a family's data for its mails ("en"; anything else, or none, is Vietnamese). */
    public static Locale ofLanguage(String language) {
        return "en".equals(language) ? Locale.ENGLISH : VIETNAMESE;
    }

    public static Locale localeOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("lang".equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return VIETNAMESE;
    }
}
