package vn.edu.portal.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.edu.portal.content.PublishedArticles;
import vn.edu.portal.notify.Notifier;
import vn.edu.portal.platform.Formats;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.AccountService;
import vn.edu.portal.platform.AuditLog;
import vn.edu.portal.security.Role;
import vn.edu.portal.tenant.SchoolLevel;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The department's view of disclosures: every school's completeness for a school year beside the
 * website rubric (articles this school year against {@value #ARTICLE_TARGET}, last update), and
 * reminders to the schools that are late.
 */
@ApplicationScoped
public class DisclosureDashboard {

    /** The department's rubric: at least this many articles per school year. */
    public static final int ARTICLE_TARGET = 40;

    public enum Sort { COMPLETENESS_ASC, COMPLETENESS_DESC, NAME }

    /** One school's line. */
    public record Row(long siteId, String slug, String name, SchoolLevel level, String district,
                      DisclosureService.Summary summary, long articles, Instant lastArticle, Instant lastReminder) {
        public long getSiteId() { return siteId; }
        public String getSlug() { return slug; }
        public String getName() { return name; }
        public SchoolLevel getLevel() { return level; }
        public String getDistrict() { return district; }
        public DisclosureService.Summary getSummary() { return summary; }
        public long getArticles() { return articles; }
        public boolean isArticlesMet() { return articles >= ARTICLE_TARGET; }
        public Instant getLastArticle() { return lastArticle; }
        public Instant getLastReminder() { return lastReminder; }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    DisclosureService disclosures;

    @Inject
    SiteDirectory directory;

    @Inject
    PublishedArticles articles;

    @Inject
    AccountService accounts;

    @Inject
    Notifier notifier;

    @Inject
    AuditLog audit;

    public List<String> districts() {
        return directory.wards();
    }

    /** The schools of a year, filtered by level and district (null for all), sorted. */
    public List<Row> rows(int startYear, SchoolLevel level, String district, Sort sort) {
        List<SiteInfo> schools = directory.all().stream().filter(SiteInfo::isSchool)
                .filter(s -> level == null || s.level() == level)
                .filter(s -> district == null || district.isBlank() || SiteDirectory.sameWard(district, s.district())).toList();
        Map<Long, DisclosureService.Summary> summaries = disclosures.summaries(schools, startYear);
        Instant from = LocalDate.of(startYear, 8, 1).atStartOfDay(Formats.VIETNAM).toInstant();
        Instant to = LocalDate.of(startYear + 1, 8, 1).atStartOfDay(Formats.VIETNAM).toInstant();
        Map<Long, Long> counts = articles.countVisibleBySite(from, to);
        Map<Long, Instant> last = articles.lastVisibleBySite();
        Map<Long, Instant> reminded = new java.util.HashMap<>();
        // not max(): MariaDB's driver hands an aggregate DATETIME back as LocalDateTime, past the converter
        for (Object[] r : em.createQuery("select r.siteId, r.sentAt from DisclosureReminder r where r.startYear = :y",
                Object[].class).setParameter("y", startYear).getResultList()) {
            reminded.merge((Long) r[0], (Instant) r[1], (a, b) -> a.isAfter(b) ? a : b);
        }
        List<Row> rows = new ArrayList<>();
        for (SiteInfo s : schools) {
            rows.add(new Row(s.id(), s.slug(), s.name(), s.level(), s.district(), summaries.get(s.id()),
                    counts.getOrDefault(s.id(), 0L), last.get(s.id()), reminded.get(s.id())));
        }
        Comparator<Row> byName = vn.edu.portal.platform.NameOrder.of(rows, Row::name);
        Comparator<Row> byPercent = Comparator.comparingInt(r -> r.summary().percent());
        rows.sort(switch (sort == null ? Sort.COMPLETENESS_ASC : sort) {
            case COMPLETENESS_ASC -> byPercent.thenComparing(byName);
            case COMPLETENESS_DESC -> byPercent.reversed().thenComparing(byName);
            case NAME -> byName;
        });
        return rows;
    }

    /** The same rows as an Excel workbook (one row per school under a header), written to {@code out} as it is made. */
    public void workbook(int startYear, SchoolLevel level, String district, Sort sort, java.io.OutputStream out)
            throws java.io.IOException {
        ComplianceWorkbook.write(SchoolYear.label(startYear), rows(startYear, level, district, sort), out);
    }

    /** Result of sending reminders: schools reminded, and late schools that have no address to write to. */
    public record Reminded(int schools, int withoutAddress) {
    }

    /**
     * E-mails every late school of the list (the school's address, else its school admins'),
     * and records each reminder.
     */
    @Transactional
    public Reminded remindLate(int startYear, SchoolLevel level, String district, String actor, String ip) {
        int sent = 0;
        int without = 0;
        for (Row row : rows(startYear, level, district, Sort.NAME)) {
            if (row.summary().late() == 0) {
                continue;
            }
            Set<String> to = recipients(row.siteId());
            if (to.isEmpty()) {
                without++;
                continue;
            }
            Locale vi = Locale.forLanguageTag("vi");
            String subject = Texts.get(vi, "disclosure.reminder.subject", SchoolYear.label(startYear));
            String body = Texts.get(vi, "disclosure.reminder.body", row.name(), SchoolYear.label(startYear),
                    row.summary().late(), row.summary().applicable(), row.summary().percent());
            for (String address : to) {
                notifier.email(row.siteId(), address, subject, body, "disclosure.reminder");
            }
            em.persist(new DisclosureReminder(row.siteId(), startYear, row.summary().late(), String.join(", ", to), actor));
            audit.record(actor, row.siteId(), "disclosure.remind", SchoolYear.label(startYear) + " · "
                    + row.summary().late(), ip);
            sent++;
        }
        return new Reminded(sent, without);
    }

    public List<DisclosureReminder> reminders(int startYear) {
        return em.createQuery("select r from DisclosureReminder r where r.startYear = :y order by r.sentAt desc",
                DisclosureReminder.class).setParameter("y", startYear).setMaxResults(200).getResultList();
    }

    private Set<String> recipients(long siteId) {
        Set<String> to = new LinkedHashSet<>();
        directory.byId(siteId).map(SiteInfo::email).filter(e -> e != null && !e.isBlank()).ifPresent(to::add);
        if (to.isEmpty()) {
            List<Long> admins = accounts.rolesOfSite(siteId).stream().filter(r -> r.getRole() == Role.SCHOOL_ADMIN)
                    .map(r -> r.getAccountId()).toList();
            accounts.accounts(admins).stream().filter(a -> a.isActive() && a.getEmail() != null && !a.getEmail().isBlank())
                    .forEach(a -> to.add(a.getEmail()));
        }
        return to;
    }
}
