package vn.edu.portal.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The published file of a round by assignment ({@code phan-tuyen-YEAR-lop-6.json}): every school's zone,
 * and the pupils of the grade-5 list counted by address of residence (ward, and street where a zone of
 * that ward names streets) with the school the zone rule gave them at the run. No name, ID or house
 * number: an address group and a count. Anyone can run {@code kiem-chung.py} on it to apply the rule
 * ({@link Assignments#schoolFor}: the zone holding the address, first school by name where two do, none
 * where no zone does) and see that every group went where the published zones send it. Where the
 * pupils are now (requests granted, placements by hand, confirmations, classes with a programme of their
 * own) is counted per school beside it: those are the department's decisions, not the rule's. A ranked
 * class with a programme of its own lists its registered pupils' scores, highest first, its seats, its
 * cut-off and how many it admitted, so that the verifier re-ranks it ({@link SpecialRanking}).
 */
@ApplicationScoped
public class PublishedAssignment {

    @PersistenceContext
    EntityManager em;

    @Inject
    AdmissionRounds rounds;

    @Inject
    SpecialClasses specialClasses;

    /** Whether the round's file is out: a round by assignment whose assignment has run. */
    public boolean published(AdmissionCampaign c) {
        return c.isAssignment() && em.createQuery("select count(r) from ReviewRecord r where r.campaignId = :c and r.siteId = :s"
                + " and r.assignment.status is not null", Long.class).setParameter("c", c.getId()).setParameter("s", c.siteId)
                .getSingleResult() > 0;
    }

    /** The file, once the assignment has run; empty for a round by application or before the run. */
    public Optional<String> json(AdmissionCampaign c) {
        if (!published(c)) {
            return Optional.empty();
        }
        List<Object[]> pupils = em.createQuery("select r.curWard, r.curStreet, r.assignment.zoneSiteId, r.assignment.siteId,"
                + " r.assignment.status from ReviewRecord r where r.campaignId = :c and r.siteId = :s", Object[].class)
                .setParameter("c", c.getId()).setParameter("s", c.siteId).getResultList();
        List<Zones.Zone> zones = rounds.zones(c.getId());
        Map<Long, String> slugs = new LinkedHashMap<>();
        rounds.schools(c.getId()).forEach(s -> slugs.put(s.site().id(), s.getSlug()));
        JsonArrayBuilder schools = Json.createArrayBuilder();
        for (Zones.Zone z : zones) {
            JsonArrayBuilder areas = Json.createArrayBuilder();
            z.areas().forEach(a -> areas.add(Json.createObjectBuilder().add("ward", a.ward())
                    .add("streets", Json.createArrayBuilder(a.streets()))));
            schools.add(Json.createObjectBuilder().add("id", z.schoolId()).add("slug", slugs.getOrDefault(z.schoolId(), ""))
                    .add("name", z.schoolName()).add("zone", areas));
        }
        Map<String, Group> groups = new TreeMap<>();
        Map<Long, long[]> now = new LinkedHashMap<>();
        slugs.keySet().forEach(id -> now.put(id, new long[5]));
        long unplaced = 0;
        // The wards some zone names streets of: there, the street is part of the address group.
        Map<String, List<String>> wardsByStreet = new java.util.HashMap<>();
        zones.forEach(z -> z.areas().stream().filter(a -> !a.streets().isEmpty())
                .forEach(a -> wardsByStreet.computeIfAbsent(Zones.key(a.ward()), k -> new java.util.ArrayList<>()).addAll(a.streets())));
        for (Object[] p : pupils) {
            String ward = p[0] == null ? "" : ((String) p[0]).strip();
            String wardKey = Zones.key(ward);
            // Published under a street a zone names, never under what the family typed.
            String street = !wardKey.isEmpty() && wardsByStreet.containsKey(wardKey) && p[1] != null
                    ? Zones.publishedStreet((String) p[1], wardsByStreet.get(wardKey)) : "";
            Long zone = (Long) p[2];
            String key = wardKey + "|" + Zones.key(street) + "|" + (zone == null ? "" : slugs.getOrDefault(zone, "?"));
            groups.computeIfAbsent(key, k -> new Group(ward, street, zone == null ? null : slugs.getOrDefault(zone, "?"))).pupils++;
            Long at = (Long) p[3];
            Assignment.Status status = (Assignment.Status) p[4];
            if (at == null) {
                unplaced++;
                continue;
            }
            long[] n = now.computeIfAbsent(at, k -> new long[5]);
            n[0]++;
            if (status == Assignment.Status.CONFIRMED || status == Assignment.Status.SPECIAL) {
                n[1]++;
            }
            if (status == Assignment.Status.SPECIAL) {
                n[4]++;
            } else if (zone == null) {
                n[3]++;
            } else if (!zone.equals(at)) {
                n[2]++;
            }
        }
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (Group g : groups.values()) {
            JsonObjectBuilder row = Json.createObjectBuilder().add("ward", g.ward).add("street", g.street).add("pupils", g.pupils);
            if (g.school == null) {
                row.addNull("zoneSchool");
            } else {
                row.add("zoneSchool", g.school);
            }
            rows.add(row);
        }
        JsonArrayBuilder totals = Json.createArrayBuilder();
        now.forEach((id, n) -> totals.add(Json.createObjectBuilder().add("slug", slugs.getOrDefault(id, "?")).add("pupils", n[0])
                .add("confirmed", n[1]).add("movedIn", n[2]).add("placedByDepartment", n[3]).add("specialClass", n[4])));
        JsonArrayBuilder special = Json.createArrayBuilder();
        for (SpecialClasses.View view : specialClasses.views(c)) {
            SpecialClass k = view.row();
            JsonObjectBuilder o = Json.createObjectBuilder().add("school", slugs.getOrDefault(k.getSchoolSiteId(), "?"))
                    .add("name", k.getName()).add("seats", k.getSeats());
            if (k.isRanked()) {
                List<java.math.BigDecimal> scores = specialClasses.scores(k);
                o.add("scores", Json.createArrayBuilder(List.copyOf(scores)));
                if (k.getCutoff() == null) {
                    o.addNull("cutoff");
                } else {
                    o.add("cutoff", k.getCutoff());
                }
                o.add("admitted", view.admitted());
            }
            special.add(o);
        }
        return Optional.of(Json.createObjectBuilder()
                .add("kind", "assignment").add("name", c.getName()).add("schoolYear", c.getSchoolYear())
                .add("entryGrade", c.getEntryGrade().getSlug())
                .add("rule", "Mỗi học sinh vào trường có tuyến chứa nơi cư trú hiện tại (phường/xã, và tên đường nếu tuyến ghi"
                        + " đường); nếu hai tuyến cùng chứa, trường đứng trước theo tên (rồi theo id); không tuyến nào chứa:"
                        + " chưa có trường, Sở xếp.")
                .add("schools", schools).add("rows", rows).add("now", totals).add("unplaced", unplaced).add("specialClasses", special)
                .build().toString());
    }

    /** Pupils of one address group that the run gave one school (or none). */
    private static final class Group {
        final String ward;
        final String street;
        final String school;
        long pupils;

        Group(String ward, String street, String school) {
            this.ward = ward;
            this.street = street;
            this.school = school;
        }
    }
}
