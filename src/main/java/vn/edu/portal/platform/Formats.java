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
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VIETNAM);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
