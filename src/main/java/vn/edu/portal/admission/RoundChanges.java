package vn.edu.portal.admission;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import vn.edu.portal.platform.FieldErrors;

/**
 * What a department may still change in a round's set-up once parts of it are public, and what a
 * save changed (for the audit). A round's results must be reproducible by anyone from its
 * published files, and its published dates are promises to families:
 * <ul>
 * <li>once the lottery's secret is revealed or the round allocated, registration and verification
 * cannot open again (a school deciding then would know which children the draw favours);</li>
 * <li>from the lottery's day, nothing the draw reads changes: criteria, age groups (checked by
 * {@code AdmissionRounds}), preferences and exceptions, schools, quotas and zones
 * ({@link #drawKnowable}); and verification ends before that day;</li>
 * <li>once results are public, their day cannot move (moving it later hid published results
 * again), and the enrolment deadline can only move later; once unconfirmed seats were released,
 * not at all.</li>
 * </ul>
 */
final class RoundChanges {

    private RoundChanges() {
    }

    /** The round's preference limit as a save keeps it. */
    static int maxPreferences(AdmissionRounds.CampaignForm form) {
        return form.preferencesAllowed() ? Math.max(1, Math.min(form.maxPreferences(), 5)) : 1;
    }

    /**
     * Whether the draw's outcome can be known at {@code now}: from the start of the public value's
     * day (the department holds the secret, so with the value it can compute every child's draw
     * before anybody else), after the reveal, or once allocated. From then nothing the draw reads may
     * change: trying quotas, zones or the order of criteria against a known seed would steer a
     * chosen child in or out, and the published round file would show only the last try.
     */
    static boolean drawKnowable(AdmissionCampaign c, Instant now) {
        return c.allocatedAt != null || c.seedPublishedAt != null
                || c.publicValueDate != null && !now.isBefore(AdmissionRounds.start(c.publicValueDate));
    }

    /** Refuses a change of what is sealed at {@code now}; nothing is saved then. */
    static void refuseSealed(AdmissionCampaign c, AdmissionRounds.CampaignForm form, Instant now) {
        boolean allocated = c.allocatedAt != null;
        if ((allocated || c.seedPublishedAt != null) && (AdmissionRounds.end(form.registrationTo()).isAfter(now)
                || AdmissionRounds.end(form.verificationTo()).isAfter(now))) {
            throw FieldErrors.of("reviewFrom", allocated ? "admission.campaign.allocatedDates" : "admission.campaign.revealedDates");
        }
        if (drawKnowable(c, now) && (form.preferencesAllowed() != c.preferencesAllowed || maxPreferences(form) != c.maxPreferences
                || form.exceptionsAllowed() != c.exceptionsAllowed)) {
            throw FieldErrors.of("preferencesAllowed", "admission.campaign.preferencesFrozen", drawDay(c));
        }
        if (c.resultsVisibleAt(now)) {
            if (!AdmissionRounds.start(form.resultsAt()).equals(c.resultsAt)) {
                throw FieldErrors.of("resultsAt", "admission.campaign.resultsDateFixed", AdmissionRounds.day(c.resultsAt));
            }
            Instant enrolmentTo = AdmissionRounds.end(form.enrolmentTo());
            if (c.seatsReleasedAt != null && !enrolmentTo.equals(c.enrolmentTo)) {
                throw FieldErrors.of("enrolmentTo", "admission.campaign.enrolmentReleased");
            }
            if (enrolmentTo.isBefore(c.enrolmentTo)) {
                throw FieldErrors.of("enrolmentTo", "admission.campaign.enrolmentShortened", AdmissionRounds.day(c.enrolmentTo));
            }
        }
    }

    /** The day from which the draw's inputs are fixed, for the messages that refuse a change. */
    static String drawDay(AdmissionCampaign c) {
        return c.publicValueDate == null ? AdmissionRounds.day(c.allocatedAt) : AdmissionRounds.day(c.publicValueDate);
    }

    /** A zone's lines as one line of the audit: "Phường A; Phường B: Lê Lợi". */
    static String zoneLine(String zone) {
        return zone == null ? "" : String.join("; ", zone.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    /** The set-up's values a family or a school meets, as the audit shows them. */
    static Map<String, String> values(AdmissionCampaign c) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", c.name);
        v.put("reviewFrom", AdmissionRounds.day(c.reviewFrom));
        v.put("reviewTo", AdmissionRounds.day(c.reviewTo));
        v.put("registrationFrom", AdmissionRounds.day(c.registrationFrom));
        v.put("registrationTo", AdmissionRounds.day(c.registrationTo));
        v.put("verificationTo", AdmissionRounds.day(c.verificationTo));
        v.put("resultsAt", AdmissionRounds.day(c.resultsAt));
        v.put("enrolmentTo", AdmissionRounds.day(c.enrolmentTo));
        v.put("preferences", c.preferencesAllowed ? String.valueOf(c.maxPreferences) : "-");
        v.put("exceptionsAllowed", String.valueOf(c.exceptionsAllowed));
        v.put("criteria", c.criteria == null ? "" : Integer.toHexString(c.criteria.hashCode()));
        v.put("ageGroups", c.ageGroups == null ? "" : Integer.toHexString(c.ageGroups.hashCode()));
        v.put("retentionUntil", AdmissionRounds.day(c.retentionUntil));
        return v;
    }

    /** "registrationFrom 08/12/2026 → 06/12/2026; …" for the values that differ; "" if none does. */
    static String changes(Map<String, String> before, Map<String, String> after) {
        StringJoiner out = new StringJoiner("; ");
        after.forEach((key, now) -> {
            String was = before.getOrDefault(key, "");
            if (!Objects.equals(was, now)) {
                out.add(key + " " + (was == null || was.isEmpty() ? "∅" : was) + " → " + (now == null || now.isEmpty() ? "∅" : now));
            }
        });
        return out.toString();
    }
}
