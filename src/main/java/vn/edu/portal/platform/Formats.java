package vn.edu.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as the portal shows them: Vietnam time, dd/MM/yyyy. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** dd/MM/yyyy, for calendar days (and, with the zone, for instants). */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE = DAY.withZone(VIETNAM);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);

    /** A message of the bundles with one argument, in the view's language. */
    public String text(String key, Object arg) {
        return Texts.get(key, arg);
    }

    /** A message of the bundles with two arguments, in the view's language. */
    public String text2(String key, Object first, Object second) {
        return Texts.get(key, first, second);
    }

    /** Words the server writes in a history (who did it, what it was): in the view's language; anyone's own words as they are. */
    private static final java.util.Set<String> SAID = java.util.Set.of("parent", "applicant", "correction");

    /** An actor or note of a history, as the view shows it ({@code history.*} for the server's own words). */
    public String said(String word) {
        return word != null && SAID.contains(word) ? Texts.get("history." + word) : word;
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public String day(java.time.LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** A number with one decimal in the view's language: Vietnamese writes 2,5 (it printed the raw 2.5); "" for none. */
    public String decimal(Double value) {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        return decimalOf(value, faces == null ? new java.util.Locale("vi") : faces.getViewRoot().getLocale());
    }

    public static String decimalOf(Double value, java.util.Locale locale) {
        return value == null ? "" : String.format(locale, "%.1f", value);
    }

    public String dateTime(Instant instant) {
        return dateTimeOf(instant);
    }

    /** dd/MM/yyyy HH:mm in Vietnam time, for pages written outside a view ("" for none). */
    public static String dateTimeOf(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
