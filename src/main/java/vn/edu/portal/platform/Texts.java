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

    private Texts() {
    }

    public static String get(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
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
}
