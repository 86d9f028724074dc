package vn.edu.portal.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.edu.portal.platform.Formats;
import vn.edu.portal.platform.WorkingDays;

/**
 * Where one item of a school's year stands on a day, from the facts of its versions: published
 * (stale when its update is overdue), late past its deadline, or not yet due. One rule for the
 * school's own page and for the department's counts over every school, which read only these
 * facts of each version, not its text.
 */
record Standing(DisclosureService.State state, boolean publishedLate) {

    /** What the rule needs of a version. */
    record Version(EntryStatus status, int versionNo, Instant publishedAt, Instant updatedAt) {

        static Version of(DisclosureEntry entry) {
            return new Version(entry.getStatus(), entry.getVersionNo(), entry.getPublishedAt(), entry.getUpdatedAt());
        }
    }

    /**
     * The day an item is due from a school: the catalogue's deadline, or for a school that joined the
     * portal after it (or just before), the item's update window counted from the day it joined. A new
     * school was shown late on every item from its first day, and reminded as a late school.
     */
    static LocalDate due(CatalogueItem item, int startYear, LocalDate joined, WorkingDays calendar) {
        LocalDate deadline = item.deadline(startYear);
        if (joined == null) {
            return deadline;
        }
        LocalDate window = calendar.add(joined, item.getUpdateDays());
        return window.isAfter(deadline) ? window : deadline;
    }

    static Standing of(CatalogueItem item, List<Version> versions, LocalDate today, int startYear, WorkingDays calendar,
            LocalDate joined) {
        Version draft = null;
        Version published = null;
        Version firstSuperseded = null;
        for (Version v : versions) {
            switch (v.status()) {
                case DRAFT -> draft = v;
                case PUBLISHED -> published = v;
                case SUPERSEDED -> firstSuperseded = firstSuperseded == null || v.versionNo() < firstSuperseded.versionNo()
                        ? v : firstSuperseded;
            }
        }
        LocalDate deadline = due(item, startYear, joined, calendar);
        if (published == null) {
            return new Standing(today.isAfter(deadline) ? DisclosureService.State.LATE : DisclosureService.State.MISSING, false);
        }
        Instant first = firstSuperseded == null ? published.publishedAt() : firstSuperseded.publishedAt();
        boolean publishedLate = first != null && first.atZone(Formats.VIETNAM).toLocalDate().isAfter(deadline);
        boolean overdueUpdate = draft != null && draft.updatedAt() != null && calendar.add(
                draft.updatedAt().atZone(Formats.VIETNAM).toLocalDate(), item.getUpdateDays()).isBefore(today);
        return new Standing(overdueUpdate ? DisclosureService.State.STALE : DisclosureService.State.PUBLISHED, publishedLate);
    }
}
