package vn.edu.portal.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-facing text from the bundles ({@code messages.properties} is Vietnamese, {@code _en} English). */
public final class Texts {

    public static final String BUNDLE = "vn.edu.portal.messages";

    /** An argument that is itself a message, shown in the same language as the message around it. */
    public record Key(String key, Object... args) {
    }

    private Texts() {
    }

    public static String get(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            if (args.length == 0 || pattern.indexOf('{') < 0) {
                return pattern; // as written: MessageFormat would take a lone apostrophe for a quote
            }
            Object[] resolved = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                resolved[i] = args[i] instanceof Key k ? get(locale, k.key(), k.args()) : args[i];
            }
            return new MessageFormat(pattern, locale).format(resolved);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String get(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale()
                : PortalViewHandler.VIETNAMESE;
        return get(locale, key, args);
    }

    /** Shows each refused field's message next to it (component id {@code formId:field}). */
    public static void show(String formId, FieldErrors errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        errors.errors().forEach((field, error) -> faces.addMessage(formId + ":" + field,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, get(error.key(), error.args()), null)));
        faces.validationFailed();
    }

    public static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, get(key, args), null));
    }

    public static void error(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, get(key, args), null));
    }

    /**
     * A plain post over a look-up's limit: 429 with Retry-After on {@code response}, and the sentence
     * saying when to try again ({@code lookup.tooMany}) for the page to show.
     */
    public static String tooMany(jakarta.servlet.http.HttpServletResponse response, Locale locale, TooManyAttempts refused) {
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(refused.retryAfterSeconds()));
        return get(locale, "lookup.tooMany", refused.minutes());
    }

    /**
     * Answers an attempt over a limit: status 429 with {@code Retry-After}, and the message of
     * {@code key} (its argument: the minutes to wait) at the top of the page.
     */
    public static void tooMany(TooManyAttempts refused, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().setResponseStatus(429);
        faces.getExternalContext().setResponseHeader("Retry-After", String.valueOf(refused.retryAfterSeconds()));
        if (faces.getMessageList().isEmpty()) {
            error(key, refused.minutes());
        }
        faces.validationFailed();
    }
}
