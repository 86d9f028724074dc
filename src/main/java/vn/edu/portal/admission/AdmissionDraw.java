package vn.edu.portal.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.AuditLog;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The department's draw: the reveal of the lottery's secret with the public value, the
 * allocation, its publication, the release of unconfirmed seats, the families' result mails and
 * the files anyone can re-run the allocation from ({@link PublishedAllocation}, {@code kiem-chung.py}).
 * Each step only in its phase ({@link Phases}); results stay sealed until published and due.
 */
@ApplicationScoped
public class AdmissionDraw {

    /** Days a child moved up by a release of seats has to confirm (after the release). */
    static final long CONFIRM_DAYS_AFTER_RELEASE = 7;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(Phases.ZONE);

    @PersistenceContext
    EntityManager em;

    @Inject
    AdmissionRounds rounds;

    @Inject
    ApplicationEvents events;

    @Inject
    AuditLog audit;

    @Inject
    SiteDirectory directory;

    @Inject
    CampaignDirectory campaignDirectory;

    private AdmissionCampaign round(long departmentSiteId, long campaignId, String field) {
        return rounds.campaign(departmentSiteId, campaignId).orElseThrow(() -> FieldErrors.of(field, "admission.notFound"));
    }

    /** The round, for a step of the allocation ({@code allocation} form) allowed in its phase now. */
    private AdmissionCampaign stepOf(long departmentSiteId, long campaignId, Phases.Action step, Instant now) {
        AdmissionCampaign c = round(departmentSiteId, campaignId, "allocation");
        Phases.require(c.windows(), step, now, "allocation");
        return c;
    }

    /** Published results are frozen: {@code key} tells the day they were published. */
    private static void refuseOncePublished(AdmissionCampaign c, String key) {
        if (c.resultsPublishedAt != null) {
            throw FieldErrors.of("allocation", key, AdmissionRounds.day(c.resultsPublishedAt));
        }
    }

    /**
     * Reveals the secret committed to and enters the public value: refused unless the secret's
     * SHA-256 is the commitment, before verification has closed, before the public value's day,
     * or a second time. A refused secret is audited.
     */
    @Transactional(dontRollbackOn = FieldErrors.class)
    public String reveal(long departmentSiteId, long campaignId, String secret, String publicValue, String actor,
            String ip, Instant now) {
        AdmissionCampaign c = round(departmentSiteId, campaignId, "secret");
        if (c.seedPublishedAt != null) {
            throw FieldErrors.of("secret", "admission.reveal.done", AdmissionRounds.day(c.seedPublishedAt));
        }
        if (c.commitment == null) {
            throw FieldErrors.of("secret", "admission.reveal.noCommitment");
        }
        Phases.require(c.windows(), Phases.Action.REVEAL, now, "secret");
        if (now.isBefore(AdmissionRounds.start(c.publicValueDate))) {
            throw FieldErrors.of("publicValue", "admission.reveal.tooEarly", AdmissionRounds.day(c.publicValueDate),
                    c.publicValueSource);
        }
        String s = secret == null ? "" : secret.strip();
        String value = publicValue == null ? "" : publicValue.strip();
        FieldErrors errors = new FieldErrors();
        if (s.isEmpty() || s.length() > 200 || s.contains("\n")) {
            errors.add("secret", "admission.reveal.secretFormat");
        }
        if (value.isEmpty() || value.length() > 200 || value.contains("\n")) {
            errors.add("publicValue", "admission.reveal.valueFormat");
        }
        errors.throwIfAny();
        if (!Lottery.matches(c.commitment, s)) {
            audit.recordSeparately(actor, departmentSiteId, "admission.reveal.refused", c.schoolYear + " mismatch", ip);
            throw FieldErrors.of("secret", "admission.reveal.mismatch");
        }
        c.setLotterySecret(s);
        c.setPublicValue(value);
        c.setLotterySeed(Lottery.seed(s, value));
        c.setSeedPublishedAt(now);
        campaignDirectory.invalidate();
        audit.record(actor, departmentSiteId, "admission.reveal", c.schoolYear + " " + c.lotterySeed, ip);
        return c.lotterySeed;
    }

    /** The verified applications the allocation takes (with those an earlier run placed). */
    List<AdmissionApplication> allocationInput(long campaignId) {
        return em.createQuery("select a from AdmissionApplication a where a.campaignId = :c and a.status in :st"
                        + " order by a.id", AdmissionApplication.class).setParameter("c", campaignId)
                .setParameter("st", List.of(ApplicationStatus.ACCEPTED, ApplicationStatus.ADMITTED, ApplicationStatus.WAITING,
                        ApplicationStatus.ENROLLED, ApplicationStatus.RELEASED))
                .getResultList();
    }

    /** The published input line of an application: lottery key, preferences, groups, criteria, released. */
    private PublishedAllocation.Row row(AdmissionCampaign c, AdmissionApplication a, List<Zones.Zone> zones,
            List<String> firstGroups) {
        List<String> slugs = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        for (String p : a.preferences.split(",")) {
            if (p.isBlank()) {
                continue;
            }
            long id = Long.parseLong(p);
            slugs.add(slug(id));
            groups.add(zones.stream().anyMatch(z -> z.schoolId() == id && z.contains(a.getCurrent().ward, a.getCurrent().street)) ? 1 : 2);
        }
        List<String> criteria = new ArrayList<>();
        // A preschool child of a group admitted first (five-year-olds) holds the group's code, ranked before the criteria.
        String group = a.getGrade().getAgeGroup();
        if (group != null && firstGroups.contains(group)) {
            criteria.add(group);
        }
        for (String held : a.criteria.split(",")) {
            String code = held.strip();
            int at = code.indexOf('@');
            if (!code.isEmpty()) {
                criteria.add(at < 0 ? code : code.substring(0, at) + "@" + slug(Long.parseLong(code.substring(at + 1))));
            }
        }
        return new PublishedAllocation.Row(lotteryKey(c, a), slugs, groups, criteria,
                a.status == ApplicationStatus.RELEASED);
    }

    private String lotteryKey(AdmissionCampaign c, AdmissionApplication a) {
        if (a.lotteryKey == null) {
            a.setLotteryKey(Lottery.lotteryKey(rounds.roundKey(c.getId()), a.personalId));
        }
        return a.lotteryKey;
    }

    private String slug(long siteId) {
        return directory.byId(siteId).map(SiteInfo::slug).orElse(String.valueOf(siteId));
    }

    private Map<String, Integer> seats(AdmissionCampaign c) {
        Map<String, Integer> seats = new LinkedHashMap<>();
        for (AdmissionRounds.SchoolView s : rounds.schools(c.getId())) {
            seats.put(s.site().slug(), s.row().getQuota());
        }
        return seats;
    }

    /** A preschool round's age groups admitted first (five-year-olds); none for other grades. */
    private static List<String> firstGroups(AdmissionCampaign c) {
        return c.isPreschool() ? AgeGroups.of(c).firstCodes() : List.of();
    }

    /** The ranking's criteria in order: a preschool round's groups admitted first, then the round's criteria. */
    private static List<String> criteriaOrder(AdmissionCampaign c) {
        List<String> order = new ArrayList<>(firstGroups(c));
        AdmissionRounds.parseCriteria(c.criteria).stream().map(AdmissionRounds.Criterion::code)
                .filter(code -> !order.contains(code)).forEach(order::add);
        return order;
    }

    /**
     * Runs the allocation from the revealed seed and the verified applications, exactly as the
     * published files re-run it, and stores the result (sealed: nothing is mailed, nothing shown).
     * Running it again on the same inputs gives the same digest; after publication it is frozen.
     */
    @Transactional
    public String allocate(long departmentSiteId, long campaignId, String actor, String ip, Instant now) {
        AdmissionCampaign c = stepOf(departmentSiteId, campaignId, Phases.Action.ALLOCATE, now);
        if (c.seedPublishedAt == null) {
            throw FieldErrors.of("allocation", "admission.allocate.notRevealed");
        }
        refuseOncePublished(c, "admission.allocate.published");
        String digest = apply(c, actor, false);
        audit.record(actor, departmentSiteId, "admission.allocate", c.schoolYear + " " + digest, ip);
        return digest;
    }

    /** Computes the result and moves every application to it; mails only when the results are already shown. */
    private String apply(AdmissionCampaign c, String actor, boolean mail) {
        List<AdmissionApplication> input = allocationInput(c.getId());
        List<Zones.Zone> zones = rounds.zones(c.getId());
        List<String> first = firstGroups(c);
        List<PublishedAllocation.Row> rows = new ArrayList<>();
        Map<String, AdmissionApplication> byKey = new HashMap<>();
        for (AdmissionApplication a : input) {
            PublishedAllocation.Row row = row(c, a, zones, first);
            rows.add(row);
            AdmissionApplication twice = byKey.put(row.key(), a);
            if (twice != null) { // one child accepted twice (AdmissionVerification.acceptOnlyOnce): said, not a 500
                throw FieldErrors.of("allocation", "admission.allocate.sameChild", twice.code, a.code);
            }
        }
        PublishedAllocation.Result result = PublishedAllocation.run(seats(c), criteriaOrder(c), c.lotterySeed, rows,
                c.preferencesAllowed);
        Map<String, Long> siteBySlug = new HashMap<>();
        rounds.schools(c.getId()).forEach(s -> siteBySlug.put(s.site().slug(), s.site().id()));
        for (PublishedAllocation.Outcome outcome : result.outcomes().values()) {
            AdmissionApplication a = byKey.get(outcome.key());
            a.setLottery(Lottery.number(c.lotterySeed, outcome.key()));
            if (a.status == ApplicationStatus.RELEASED) {
                continue;
            }
            Long school = outcome.school() == null ? null : siteBySlug.get(outcome.school());
            // A release only moves children up. One that had confirmed its seat and is moved to a school it
            // ranked higher keeps its confirmation there: asked to confirm again, it lost both seats at the
            // next release if the family missed the mail.
            ApplicationStatus next = school == null ? ApplicationStatus.WAITING
                    : a.status == ApplicationStatus.ENROLLED ? ApplicationStatus.ENROLLED
                    : ApplicationStatus.ADMITTED;
            Integer position = outcome.waiting().isEmpty() ? null
                    : outcome.waiting().getOrDefault(slug(a.siteId), outcome.waiting().values().iterator().next());
            boolean changed = next != a.status || !Objects.equals(school, a.resultSiteId);
            a.setResultSiteId(school);
            a.setWaitingPosition(school == null ? position : null);
            if (changed && mail) {
                events.move(a, next, null, actor);
            } else if (changed) {
                events.moveQuietly(a, next, null, actor);
            }
        }
        c.setAllocatedAt(Instant.now());
        c.setAllocationDigest(result.digest());
        campaignDirectory.invalidate();
        return result.digest();
    }

    /** Publishes the allocation: results show from the results day on (at once if it has come). Frozen from then on. */
    @Transactional
    public void publish(long departmentSiteId, long campaignId, String actor, String ip, Instant now) {
        AdmissionCampaign c = stepOf(departmentSiteId, campaignId, Phases.Action.PUBLISH, now);
        if (c.allocatedAt == null) {
            throw FieldErrors.of("allocation", "admission.publish.notAllocated");
        }
        refuseOncePublished(c, "admission.publish.done");
        c.setResultsPublishedAt(now);
        c.setPublishedDigest(c.allocationDigest);
        campaignDirectory.invalidate();
        audit.record(actor, departmentSiteId, "admission.publish", c.schoolYear + " " + c.allocationDigest, ip);
    }

    /**
     * After the enrolment deadline: admitted children who did not confirm give their seat back, and
     * the seats go down the waiting lists (the families concerned are mailed; those moved up have
     * {@value #CONFIRM_DAYS_AFTER_RELEASE} days to confirm).
     */
    @Transactional
    public int releaseUnconfirmed(long departmentSiteId, long campaignId, String actor, String ip, Instant now) {
        AdmissionCampaign c = stepOf(departmentSiteId, campaignId, Phases.Action.RELEASE_SEATS, now);
        if (c.resultsPublishedAt == null) {
            throw FieldErrors.of("allocation", "admission.release.notPublished");
        }
        // The children the last release moved up have their week to confirm: releasing again before
        // it ends would take their seats back at once, and run after run would walk a waiting list
        // down to a chosen child.
        if (c.seatsReleasedAt != null && now.isBefore(c.seatsReleasedAt.plus(java.time.Duration.ofDays(CONFIRM_DAYS_AFTER_RELEASE)))) {
            throw FieldErrors.of("allocation", "admission.release.tooSoon", AdmissionRounds.day(c.seatsReleasedAt),
                    AdmissionRounds.day(c.seatsReleasedAt.plus(java.time.Duration.ofDays(CONFIRM_DAYS_AFTER_RELEASE))));
        }
        List<AdmissionApplication> admitted = em.createQuery("select a from AdmissionApplication a where a.campaignId = :c"
                + " and a.status = :st", AdmissionApplication.class).setParameter("c", c.getId())
                .setParameter("st", ApplicationStatus.ADMITTED).getResultList();
        for (AdmissionApplication a : admitted) {
            events.move(a, ApplicationStatus.RELEASED, null, actor);
        }
        em.flush();
        String digest = apply(c, actor, true);
        c.setSeatsReleasedAt(now);
        audit.record(actor, departmentSiteId, "admission.release", c.schoolYear + " " + admitted.size() + " " + digest, ip);
        return admitted.size();
    }

    /** Whether a child admitted now may still confirm: in the results phase, or after a release for a week. */
    static boolean mayConfirm(AdmissionCampaign c, Instant now) {
        if (!c.resultsVisibleAt(now)) {
            return false;
        }
        if (Phases.allows(c.windows(), Phases.Action.CONFIRM_ENROLMENT, now)) {
            return true;
        }
        return c.seatsReleasedAt != null && now.isBefore(c.seatsReleasedAt.plus(java.time.Duration.ofDays(CONFIRM_DAYS_AFTER_RELEASE)));
    }

    /**
     * Mails every family of each round whose results have just become visible (once per round,
     * whichever server gets there first: the round is claimed by an update that only one can make).
     * Returns the number of messages.
     */
    @Transactional
    public int mailResults(Instant now) {
        int sent = 0;
        for (AdmissionCampaign c : em.createQuery("select c from AdmissionCampaign c where c.resultsPublishedAt is not null"
                + " and c.resultsMailedAt is null and c.resultsAt <= :now and c.personalDataDeletedAt is null",
                AdmissionCampaign.class).setParameter("now", now).getResultList()) {
            int claimed = em.createQuery("update AdmissionCampaign c set c.resultsMailedAt = :now where c.id = :id"
                    + " and c.resultsMailedAt is null").setParameter("now", now).setParameter("id", c.getId()).executeUpdate();
            if (claimed != 1) {
                continue;
            }
            for (AdmissionApplication a : em.createQuery("select a from AdmissionApplication a where a.campaignId = :c"
                    + " and a.status in :st order by a.id", AdmissionApplication.class).setParameter("c", c.getId())
                    .setParameter("st", List.of(ApplicationStatus.ADMITTED, ApplicationStatus.WAITING)).getResultList()) {
                events.mail(a, "admission.mail.result");
                sent++;
            }
        }
        return sent;
    }

    // ---------------------------------------------------------------- what is published

    /** Whether a round's allocation files are out: once its results are shown, until its personal data is deleted. */
    public static boolean filesPublished(AdmissionCampaign c, Instant now) {
        return c.resultsVisibleAt(now) && c.personalDataDeletedAt == null && c.lotterySeed != null;
    }

    /** The inputs file of a round ({@link PublishedAllocation#INPUTS_HEADER}), or empty before it is published. */
    @Transactional
    public Optional<String> inputs(AdmissionCampaign round, Instant now) {
        if (!filesPublished(round, now)) {
            return Optional.empty();
        }
        AdmissionCampaign c = em.find(AdmissionCampaign.class, round.getId());
        List<Zones.Zone> zones = rounds.zones(c.getId());
        List<String> first = firstGroups(c);
        return Optional.of(PublishedAllocation.inputsText(allocationInput(c.getId()).stream()
                .map(a -> row(c, a, zones, first)).toList()));
    }

    /** The result file of a round, computed again from the inputs it publishes, or empty before. */
    public Optional<String> result(AdmissionCampaign round, Instant now) {
        return inputs(round, now).map(text -> PublishedAllocation.run(seats(round), criteriaOrder(round), round.lotterySeed,
                PublishedAllocation.parseInputs(text), round.preferencesAllowed).text());
    }

    /**
     * The round as the verifier reads it: schools and seats, criteria in order with their scope,
     * the commitment and its public value, and once revealed the secret and the seed; the result's
     * digest once the results are shown.
     */
    public String roundJson(AdmissionCampaign c, Instant now) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("schoolYear", c.schoolYear).add("name", c.name)
                .add("algorithm", "tuyen-sinh-2: SHA-256 commit-reveal, deferred acceptance")
                .add("preferencesAllowed", c.preferencesAllowed);
        JsonArrayBuilder schools = Json.createArrayBuilder();
        seats(c).forEach((slug, n) -> schools.add(Json.createObjectBuilder().add("slug", slug).add("seats", n)
                .add("name", directory.bySlug(slug).map(SiteInfo::name).orElse(slug))));
        json.add("schools", schools);
        json.add("entryGrade", c.entryGrade.slug);
        JsonArrayBuilder criteria = Json.createArrayBuilder();
        if (c.isPreschool()) {
            AgeGroups groups = AgeGroups.of(c);
            json.add("ageReference", AgeGroups.reference(c).toString());
            JsonArrayBuilder all = Json.createArrayBuilder();
            for (AgeGroups.Group g : groups.groups()) {
                all.add(Json.createObjectBuilder().add("code", g.code()).add("name", g.name())
                        .add("fromMonths", g.fromMonths()).add("toMonths", g.toMonths()).add("first", g.first()));
                if (g.first()) {
                    criteria.add(Json.createObjectBuilder().add("code", g.code()).add("label", g.name())
                            .add("scope", "child"));
                }
            }
            json.add("ageGroups", all);
        }
        for (AdmissionRounds.Criterion k : AdmissionRounds.parseCriteria(c.criteria)) {
            var criterion = Json.createObjectBuilder().add("code", k.code()).add("label", k.label())
                    .add("scope", k.atSchool() ? "school" : "child");
            if (!k.onlyAt().isEmpty()) {
                criterion.add("onlyAt", Json.createArrayBuilder(k.onlyAt()));
            }
            criteria.add(criterion);
        }
        json.add("criteria", criteria);
        if (c.commitment != null) {
            json.add("commitment", c.commitment).add("committedAt", ISO.format(c.committedAt))
                    .add("publicValueSource", c.publicValueSource).add("publicValueDate", c.publicValueDate.toString());
        }
        if (c.seedPublishedAt != null) {
            json.add("secret", c.lotterySecret).add("publicValue", c.publicValue).add("seed", c.lotterySeed)
                    .add("revealedAt", ISO.format(c.seedPublishedAt));
        }
        if (filesPublished(c, now)) {
            json.add("resultDigest", c.allocationDigest).add("publishedAt", ISO.format(c.resultsPublishedAt))
                    .add("inputs", "xet-tuyen-" + c.getFileKey() + ".csv")
                    .add("result", "ket-qua-xet-tuyen-" + c.getFileKey() + ".csv");
        }
        return json.build().toString();
    }
}
