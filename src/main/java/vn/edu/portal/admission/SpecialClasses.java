package vn.edu.portal.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.edu.portal.platform.AuditLog;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.notify.Notifier;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.Texts;

/**
 * Classes with a programme of their own in a grade 6 round by assignment (issue 19: "a score, imported
 * from an assessment, as a criterion for that class only"). The department defines a class at a school
 * of the round (its seats) until registration closes; a family registers its pupil for one such class
 * (or withdraws) on the record page while the confirmation window is open; the department imports the
 * assessment's scores ({@code so_dinh_danh,diem}, broken lines refused by number, the good ones kept) and,
 * once registration has closed, ranks each class once by {@link SpecialRanking}: the pupils admitted go
 * to the class's school (assignment {@code SPECIAL}), the others keep the school they had; every
 * registered family is mailed its pupil's score, the cut-off and the answer. The scores, cut-off and
 * count are published without names in the round's assignment file, so anyone can re-rank them.
 */
@ApplicationScoped
public class SpecialClasses {

    /** A class with its school's name and its counts: registered, with a score, admitted. */
    public record View(SpecialClass row, String school, long registered, long scored, long admitted) {
        public String getName() { return row.getName(); }
        public String getSchool() { return school; }
        public long getRegistered() { return registered; }
        public long getScored() { return scored; }
        public long getAdmitted() { return admitted; }
    }

    /** What an import of scores did: lines kept, and each refused line with its message. */
    public record ScoreImport(int imported, List<String> refused) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AdmissionRounds rounds;

    @Inject
    AdmissionReview review;

    @Inject
    AdmissionAssignment assignment;

    @Inject
    AuditLog audit;

    @Inject
    Notifier notifier;

    @Inject
    vn.edu.portal.platform.PortalClock clock;

    public List<SpecialClass> classes(AdmissionCampaign c) {
        if (c == null) {
            return List.of();
        }
        return em.createQuery("select k from SpecialClass k where k.campaignId = :c order by k.id", SpecialClass.class)
                .setParameter("c", c.getId()).getResultList();
    }

    public Optional<SpecialClass> find(AdmissionCampaign c, Long id) {
        SpecialClass k = id == null ? null : em.find(SpecialClass.class, id);
        return k != null && c != null && k.campaignId.equals(c.getId()) ? Optional.of(k) : Optional.empty();
    }

    /** The classes with their counts, for the department's page. */
    public List<View> views(AdmissionCampaign c) {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select r.specialClassId, count(r), count(r.specialScore),"
                + " sum(case when r.specialAdmitted = true then 1 else 0 end) from ReviewRecord r"
                + " where r.campaignId = :c and r.specialClassId is not null group by r.specialClassId", Object[].class)
                .setParameter("c", c.getId()).getResultList()) {
            counts.put((Long) row[0], new long[] {(Long) row[1], (Long) row[2], row[3] == null ? 0 : ((Number) row[3]).longValue()});
        }
        return classes(c).stream().map(k -> {
            long[] n = counts.getOrDefault(k.getId(), new long[3]);
            return new View(k, assignment.schoolName(k.schoolSiteId), n[0], n[1], n[2]);
        }).toList();
    }

    /** Defines (or changes) the class of a school of the round, until registration closes and while not ranked. */
    @Transactional
    public SpecialClass save(long departmentSiteId, long campaignId, String school, String name, Integer seats, String actor,
            String ip) {
        AdmissionCampaign c = assignment.assignmentRound(departmentSiteId, campaignId, "specialSchool");
        Phases.require(c.windows(), Phases.Action.ASSIGN, clock.now(), "specialSchool");
        FieldErrors errors = new FieldErrors();
        long site = school != null && school.matches("\\d{1,18}") ? Long.parseLong(school) : -1;
        if (!rounds.lists(c.getId(), site)) {
            errors.add("specialSchool", "admission.assignment.otherRequired");
        }
        String label = name == null ? "" : name.strip();
        if (label.length() < 3 || label.length() > 200) {
            errors.add("specialName", "admission.special.name");
        }
        if (seats == null || seats < 1 || seats > 500) {
            errors.add("specialSeats", "admission.special.seats");
        }
        errors.throwIfAny();
        SpecialClass k = classes(c).stream().filter(x -> x.schoolSiteId == site).findFirst().orElse(null);
        if (k == null) {
            k = new SpecialClass(c.getId(), site);
            em.persist(k);
        }
        k.define(label, seats);
        audit.record(actor, departmentSiteId, "admission.special.save", site + " " + label + " " + seats, ip);
        return k;
    }

    /** The family registers its pupil for a class ({@code classId}), or withdraws (blank), in the confirmation window. */
    @Transactional(dontRollbackOn = FieldErrors.class)
    public ReviewRecord register(AdmissionCampaign c, String token, String classId) {
        if (c == null || !c.isAssignment()) {
            throw FieldErrors.of("special", "admission.assignment.notAssignment");
        }
        ReviewRecord r = review.byToken(c, token).orElseThrow(() -> FieldErrors.of("special", "admission.review.session"));
        Phases.require(c.windows(), Phases.Action.ANSWER_ASSIGNMENT, clock.now(), "special");
        if (classId == null || classId.isBlank()) {
            r.registerSpecial(null);
            return r;
        }
        SpecialClass k = find(c, classId.matches("\\d{1,18}") ? Long.parseLong(classId) : null)
                .orElseThrow(() -> FieldErrors.of("specialClass", "admission.special.unknown"));
        r.registerSpecial(k.getId());
        return r;
    }

    /**
     * The assessment's scores, one pupil a line ({@code so_dinh_danh,diem}, a header first): each line's
     * pupil must be on the round's list and registered for a class not yet ranked; refused lines are
     * reported by number, the others kept. Until the class is ranked, a new file replaces a pupil's score.
     */
    @Transactional
    public ScoreImport importScores(long departmentSiteId, long campaignId, byte[] csv, String actor, String ip) {
        AdmissionCampaign c = assignment.assignmentRound(departmentSiteId, campaignId, "scores");
        Phases.require(c.windows(), Phases.Action.DECIDE_ASSIGNMENT, clock.now(), "scores");
        String text = csv == null ? "" : new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<ReviewImport.CsvRecord> lines = text.isBlank() ? List.of() : ReviewImport.records(text, ReviewImport.separator(text));
        if (lines.isEmpty() || !String.join(",", lines.get(0).fields()).equalsIgnoreCase("so_dinh_danh,diem")) {
            throw FieldErrors.of("scores", "admission.special.header");
        }
        Map<Long, SpecialClass> byId = new HashMap<>();
        classes(c).forEach(k -> byId.put(k.getId(), k));
        // Two queries for the whole file: the pupils registered for a class, and every ID on the list.
        Map<String, ReviewRecord> registered = new HashMap<>();
        em.createQuery("select r from ReviewRecord r where r.campaignId = :c and r.siteId = :s and r.specialClassId is not null",
                ReviewRecord.class).setParameter("c", c.getId()).setParameter("s", c.siteId).getResultList()
                .forEach(r -> registered.put(r.personalId, r));
        java.util.Set<String> listed = new java.util.HashSet<>(em.createQuery("select r.personalId from ReviewRecord r"
                + " where r.campaignId = :c and r.siteId = :s", String.class)
                .setParameter("c", c.getId()).setParameter("s", c.siteId).getResultList());
        int imported = 0;
        List<String> refused = new ArrayList<>();
        for (ReviewImport.CsvRecord record : lines.subList(1, lines.size())) {
            List<String> cells = record.fields();
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            String line = String.valueOf(record.line());
            // An unquoted comma decimal in a comma-separated file ("…,8,5") splits the score in two cells.
            BigDecimal score = SpecialRanking.parse(cells.size() == 2 ? cells.get(1)
                    : cells.size() == 3 ? cells.get(1) + "." + cells.get(2) : "");
            String id = PersonalId.normalise(cells.get(0));
            ReviewRecord pupil = registered.get(id);
            if (pupil == null && !listed.contains(id)) {
                refused.add(Texts.get(PortalViewHandler.VIETNAMESE, "admission.special.line.unknown", line));
            } else if (pupil == null || !byId.containsKey(pupil.specialClassId)) {
                refused.add(Texts.get(PortalViewHandler.VIETNAMESE, "admission.special.line.notRegistered", line));
            } else if (byId.get(pupil.specialClassId).isRanked()) {
                refused.add(Texts.get(PortalViewHandler.VIETNAMESE, "admission.special.line.ranked", line));
            } else if (score == null) {
                refused.add(Texts.get(PortalViewHandler.VIETNAMESE, "admission.special.line.score", line));
            } else {
                pupil.setSpecialScore(score);
                imported++;
            }
        }
        audit.record(actor, departmentSiteId, "admission.special.scores", imported + " imported, " + refused.size() + " refused",
                ip);
        return new ScoreImport(imported, refused);
    }

    /** Ranks a class once, after registration has closed; the pupils admitted move to its school; every family is mailed. */
    @Transactional
    public SpecialRanking.Result rank(long departmentSiteId, long campaignId, Long classId, String actor, String ip) {
        AdmissionCampaign c = assignment.assignmentRound(departmentSiteId, campaignId, "specialRank");
        Instant now = clock.now();
        Phases.require(c.windows(), Phases.Action.RANK_SPECIAL, now, "specialRank");
        SpecialClass k = find(c, classId).orElseThrow(() -> FieldErrors.of("specialRank", "admission.special.unknown"));
        if (k.isRanked()) {
            throw FieldErrors.of("specialRank", "admission.special.already");
        }
        List<ReviewRecord> registered = em.createQuery("select r from ReviewRecord r where r.campaignId = :c"
                + " and r.specialClassId = :k order by r.id", ReviewRecord.class)
                .setParameter("c", c.getId()).setParameter("k", k.getId()).getResultList();
        Map<Long, BigDecimal> scores = new HashMap<>();
        registered.stream().filter(r -> r.specialScore != null).forEach(r -> scores.put(r.getId(), r.specialScore));
        SpecialRanking.Result result = SpecialRanking.rank(scores, k.seats);
        k.ranked(now, result.cutoff());
        String school = assignment.schoolName(k.schoolSiteId);
        for (ReviewRecord r : registered) {
            boolean admitted = result.admitted().contains(r.getId());
            r.setSpecialAdmitted(admitted);
            if (admitted) {
                r.setAssignment(r.getAssignment().special(k.schoolSiteId, now, actor));
            }
            notifier.email(c.siteId, r.email, Texts.get(PortalViewHandler.VIETNAMESE, "admission.special.mail.subject", k.name),
                    Texts.get(PortalViewHandler.VIETNAMESE, admitted ? "admission.special.mail.admitted" : "admission.special.mail.not",
                            r.getLastFour(), k.name, school, r.specialScore == null ? "—" : r.specialScore.toPlainString(),
                            result.cutoff() == null ? "—" : result.cutoff().toPlainString(),
                            assignment.schoolName(r.getAssignment().getSiteId())), "admission.assignment");
        }
        audit.record(actor, departmentSiteId, "admission.special.rank", k.name + ": " + result.admitted().size() + " of "
                + registered.size() + ", cut-off " + result.cutoff(), ip);
        return result;
    }

    /** The scores of a ranked class, highest first, for the published file (no pupil named). */
    public List<BigDecimal> scores(SpecialClass k) {
        return em.createQuery("select r.specialScore from ReviewRecord r where r.campaignId = :c and r.specialClassId = :k"
                + " and r.specialScore is not null order by r.specialScore desc", BigDecimal.class)
                .setParameter("c", k.campaignId).setParameter("k", k.getId()).getResultList();
    }
}
