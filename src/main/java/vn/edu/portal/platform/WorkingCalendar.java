package vn.edu.portal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The portal's working days: holidays from {@code portal.calendar.holidays} (yyyy-MM-dd, comma-separated). */
@ApplicationScoped
public class WorkingCalendar {

    @Inject
    PortalConfig config;

    private WorkingDays days;

    @PostConstruct
    void init() {
        days = new WorkingDays(parse(config.get("portal.calendar.holidays", "")));
    }

    public WorkingDays days() {
        return days;
    }

    static Set<LocalDate> parse(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(s -> {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("portal.calendar.holidays: not a date: " + s, e);
            }
        }).collect(Collectors.toUnmodifiableSet());
    }
}
