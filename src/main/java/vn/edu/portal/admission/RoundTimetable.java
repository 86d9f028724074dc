package vn.edu.portal.admission;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.TextFolding;

/**
 * The checks of a round's set-up that a teacher setting it up without training needs said at the field
 * concerned: every date of the timetable (each missing one at its own field, an order broken at the later
 * field), the results day against a committed public value's day, the number of preferences, and the
 * lines of a school's zone (wards and communes: since 1 July 2025 there are no districts, Law on the
 * Organisation of Local Government No. 72/2025/QH15).
 */
final class RoundTimetable {

    /** The set-up form's date fields, in the order of the phases. */
    static final List<String> FIELDS = List.of("reviewFrom", "reviewTo", "registrationFrom", "registrationTo",
            "verificationTo", "resultsAt", "enrolmentTo");

    /** How a ward's or commune's name starts (folded); a zone line naming anything else is refused. */
    private static final List<String> UNITS = List.of("phuong ", "xa ", "dac khu ");
    /** District-level words, the units abolished on 1 July 2025, anywhere in a line (with their accents: "Quán Thánh" is a ward). */
    private static final java.util.regex.Pattern DISTRICT = java.util.regex.Pattern.compile(
            "(^|[\\s,;(\\[–-])(quận|huyện|thị xã|thành phố|tp\\.?|q\\.?\\s?\\d+|district)(\\s|$|[,;)\\]])|^thành phố ");

    private RoundTimetable() {
    }

    /** The timetable's dates in phase order, each missing one refused at its field; an order broken at the later date. */
    static void check(AdmissionRounds.CampaignForm form, FieldErrors errors) {
        LocalDate[] order = {form.reviewFrom(), form.reviewTo(), form.registrationFrom(), form.registrationTo(),
                form.verificationTo(), form.resultsAt(), form.enrolmentTo()};
        boolean complete = true;
        for (int i = 0; i < order.length; i++) {
            if (order[i] == null) {
                errors.add(FIELDS.get(i), "admission.campaign.dateMissing");
                complete = false;
            }
        }
        if (complete) {
            for (int i = 1; i < order.length; i++) {
                if (order[i].isBefore(order[i - 1])) {
                    errors.add(FIELDS.get(i), "admission.campaign.order");
                    break;
                }
            }
        }
        if (form.retentionUntil() == null) {
            errors.add("retentionUntil", "admission.campaign.retentionMissing");
        } else if (form.enrolmentTo() != null && !form.retentionUntil().isAfter(form.enrolmentTo())) {
            errors.add("retentionUntil", "admission.campaign.retention");
        }
        if (form.preferencesAllowed() && (form.maxPreferences() < 2 || form.maxPreferences() > 5)) {
            errors.add("maxPreferences", "admission.campaign.maxPreferencesRange");
        }
    }

    /**
     * Results may not be promised before the committed public value's day: nothing can be drawn, allocated or
     * published before it (the commitment checked it; a later save moved the results day before it). A results day
     * already past promises parents nothing (a round closed after the fact).
     */
    static void keepsValueDay(AdmissionCampaign c, AdmissionRounds.CampaignForm form, LocalDate today) {
        if (c.publicValueDate != null && form.resultsAt() != null && form.resultsAt().isBefore(c.publicValueDate)
                && !form.resultsAt().isBefore(today)) {
            throw FieldErrors.of("resultsAt", "admission.commit.resultsMoved", AdmissionRounds.day(c.publicValueDate));
        }
    }

    /**
     * The lines of a zone: each names one ward, commune or special zone, once; the first that does not is said, by
     * its number. A district-level word anywhere ("Phường Bến Thành, Quận 1" put the ward out of every match) and a
     * "thị trấn" (a commune-level unit, also gone) are named as such.
     */
    static void checkZone(List<Zones.Area> areas, FieldErrors errors) {
        Set<String> seen = new HashSet<>();
        int line = 0;
        for (Zones.Area area : areas) {
            line++;
            String plain = area.ward().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
            String folded = TextFolding.fold(area.ward()).replaceAll("\\s+", " ") + " ";
            if (area.ward().isBlank()) {
                errors.add("zone", "admission.school.zoneNoWard", line);
            } else if (DISTRICT.matcher(plain).find()) {
                errors.add("zone", "admission.school.zoneDistrict", line, area.ward());
            } else if (folded.startsWith("thi tran ")) {
                errors.add("zone", "admission.school.zoneTown", line, area.ward());
            } else if (UNITS.stream().noneMatch(u -> folded.startsWith(u) && folded.length() > u.length() + 1)) {
                errors.add("zone", "admission.school.zoneWardName", line, area.ward());
            } else if (plain.matches(".*[,;()\\[\\]{}/].*")) {
                errors.add("zone", "admission.school.zoneOneWard", line, area.ward());
            } else if (!seen.add(Zones.key(area.ward()))) {
                errors.add("zone", "admission.school.zoneTwice", line, area.ward());
            } else {
                continue;
            }
            return;
        }
    }
}
