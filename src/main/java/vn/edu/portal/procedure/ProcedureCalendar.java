package vn.edu.portal.procedure;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import vn.edu.portal.platform.PortalConfig;

/** The working-day calendar: holidays from {@code portal.procedure.holidays} (yyyy-MM-dd, comma-separated). */
final class ProcedureCalendar {

    private ProcedureCalendar() {
    }

    static WorkingDays from(PortalConfig config) {
        return new WorkingDays(parse(config.get("portal.procedure.holidays", "")));
    }

    static Set<LocalDate> parse(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(s -> {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("portal.procedure.holidays: not a date: " + s, e);
            }
        }).collect(Collectors.toUnmodifiableSet());
    }
}
