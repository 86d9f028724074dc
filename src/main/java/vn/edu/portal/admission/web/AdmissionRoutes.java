package vn.edu.portal.admission.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.EntryGrade;
import vn.edu.portal.admission.AdmissionDraw;
import vn.edu.portal.admission.AdmissionLists;
import vn.edu.portal.admission.AdmissionRounds;
import vn.edu.portal.tenant.CurrentSite;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The public admission addresses of a site (after its link base). Nothing here is cached by the
 * portal and no answer carries a full ID number or any of its digits, a date of birth, an
 * address or a parent; admitted and waiting statuses appear only once results are shown.
 *
 * <pre>
 * tuyen-sinh                      the round at this school (or, on the department site, every round,
 *                                 and "which schools serve my address": ?phuong=&amp;duong=)
 * tuyen-sinh/dang-ky              the application, one step at a time (POST)
 * tuyen-sinh/tra-cuu              look-up, correction, withdrawal, enrolment by code + e-mail (plain POST);
 *                                 ?ma= fills in the code
 * tuyen-sinh/kiem-tra             data review: the child's pre-filled record by ID + mailed code,
 *                                 correction requests with evidence (plain POST, multipart with the record;
 *                                 also on the department site)
 * tuyen-sinh/danh-sach            registrants, masked (until results are shown)
 * tuyen-sinh/ket-qua              results, masked, and a look-up by code + ID number (plain POST); ?nam= a past round
 * tuyen-sinh/boc-tham             the lottery and the allocation explained, with the files of each round
 * department site:
 * tuyen-sinh/so-lieu.csv|.json    open data: counts per school (result counts once shown)
 * tuyen-sinh/xet-tuyen-YEAR[-GRADE].json  the round as the verifier reads it (commitment, reveal, seed, digest)
 * tuyen-sinh/xet-tuyen-YEAR[-GRADE].csv   the allocation's inputs, keyed by lottery keys (once results are shown)
 * tuyen-sinh/ket-qua-xet-tuyen-YEAR[-GRADE].csv  the allocation's result, same keys (once results are shown)
 * tuyen-sinh/phan-tuyen-YEAR-GRADE.json  a round by assignment: zones and address groups with their school (after the run)
 * tuyen-sinh/kiem-chung.py        the verifier (Python 3, standard library only)
 * </pre>
 */
@ApplicationScoped
public class AdmissionRoutes {

    static final String PREFIX = "tuyen-sinh";
    private static final Pattern ASSIGNMENT_FILE = Pattern.compile("phan-tuyen-(20\\d\\d)-(mam-non|lop-1|lop-6)\\.json");
    private static final Pattern ROUND_FILE = Pattern.compile("(xet-tuyen|ket-qua-xet-tuyen)-(20\\d\\d)(?:-(mam-non|lop-1|lop-6))?\\.(json|csv)");

    @Inject
    vn.edu.portal.platform.PortalClock clock;

    @Inject
    AdmissionRounds rounds;

    @Inject
    AdmissionLists lists;

    @Inject
    AdmissionDraw draw;

    @Inject
    vn.edu.portal.admission.PublishedAssignment published;

    @Inject
    AdmissionResultLookup results;

    @Inject
    AdmissionFamilyLookup family;

    @Inject
    AdmissionReviewPublic review;

    @Inject
    SiteDirectory directory;

    public static boolean isAdmission(String rest) {
        return rest.equals(PREFIX) || rest.equals(PREFIX + "/") || rest.startsWith(PREFIX + "/");
    }

    /** Of the forms that post, those whose handler reads its own body (and answers one it cannot read): the application and the data review. */
    static boolean readsItsOwnBody(String rest) {
        return rest.equals(PREFIX + "/dang-ky") || rest.equals(PREFIX + "/kiem-tra") || rest.equals(PREFIX + "/tra-cuu");
    }

    /** Full request paths (on a school host or under /s/slug/) of the forms that post. */
    public static boolean acceptsPost(String path) {
        String rest = path.startsWith("/s/") ? path.substring(Math.max(3, path.indexOf('/', 3) + 1)) : path.substring(1);
        return rest.equals(PREFIX + "/dang-ky") || rest.equals(PREFIX + "/tra-cuu") || rest.equals(PREFIX + "/ket-qua")
                || rest.equals(PREFIX + "/kiem-tra");
    }

    /** The view to render, "" when the answer was written here, null for a 404. */
    public String route(SiteInfo site, String rest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String tail = rest.length() > PREFIX.length() ? rest.substring(PREFIX.length() + 1) : "";
        if (tail.endsWith("/")) {
            tail = tail.substring(0, tail.length() - 1);
        }
        if (!tail.isEmpty()) {
            // The lists name children (masked) with their status, the round's files hold a row per child, and the
            // forms and look-ups mean something to one family only: crawled (robots.txt cannot say "crawl, do not
            // index"), never indexed or kept in a search engine's copy after the round's data is deleted
            // (domain.md §6, purpose limitation). Only a round's own page, which says how to apply, is indexed.
            response.setHeader("X-Robots-Tag", "noindex, noarchive");
        }
        // The lottery, its files and the verifier are the department's, on every site.
        if (tail.equals("boc-tham")) {
            return noStore(response, "admission-lottery.xhtml");
        }
        if (tail.equals("kiem-chung.py")) {
            return write(response, "text/x-python;charset=UTF-8", verifier(), "kiem-chung.py");
        }
        Matcher assignment = ASSIGNMENT_FILE.matcher(tail);
        if (assignment.matches()) {
            Optional<String> json = directory.departmentSite()
                    .flatMap(d -> rounds.ofYear(d.id(), Integer.parseInt(assignment.group(1)),
                            EntryGrade.bySlug(assignment.group(2)).orElseThrow()))
                    .flatMap(published::json);
            return json.isEmpty() ? null : write(response, "application/json;charset=UTF-8", json.get(), tail);
        }
        Matcher file = ROUND_FILE.matcher(tail);
        if (file.matches()) {
            Optional<SiteInfo> department = directory.departmentSite();
            return department.isEmpty() ? null
                    : roundFile(department.get(), file.group(1), Integer.parseInt(file.group(2)),
                            file.group(3) == null ? EntryGrade.GRADE_1 : EntryGrade.bySlug(file.group(3)).orElseThrow(),
                            file.group(4), response);
        }
        if (site.isDepartment()) {
            return switch (tail) {
                case "" -> noStore(response, "admission-department.xhtml");
                case "kiem-tra" -> noStore(response, review.answer(site, request, response));
                case "so-lieu.csv" -> write(response, "text/csv;charset=UTF-8", vn.edu.portal.platform.Exports.forSpreadsheets(csv(site)), "so-lieu-tuyen-sinh.csv");
                case "so-lieu.json" -> write(response, "application/json;charset=UTF-8", json(site), null);
                default -> null;
            };
        }
        if (rounds.campaignOfSchool(site.id()).isEmpty()) {
            // No online round at this school: the menu's "Tuyển sinh" leads to its admission page.
            if (tail.isEmpty()) {
                response.sendRedirect(request.getContextPath() + CurrentSite.of(request).base() + "trang/tuyen-sinh");
                return "";
            }
            return null;
        }
        response.setHeader("Cache-Control", "no-store");
        return switch (tail) {
            case "" -> "admission.xhtml";
            case "dang-ky" -> "admission-apply.xhtml";
            case "tra-cuu" -> family.answer(site, request, response);
            case "kiem-tra" -> review.answer(site, request, response);
            case "danh-sach" -> "admission-list.xhtml";
            case "ket-qua" -> results.answer(site, request, response);
            default -> null;
        };
    }

    /** A round's published file: the round (from its commitment on), its inputs and result (once results are shown). */
    private String roundFile(SiteInfo department, String kind, int year, EntryGrade grade, String extension,
            HttpServletResponse response) throws IOException {
        Instant now = clock.now();
        AdmissionCampaign round = rounds.ofYear(department.id(), year, grade).orElse(null);
        if (round == null) {
            return null;
        }
        String name = kind + "-" + round.getFileKey() + "." + extension;
        if (kind.equals("xet-tuyen") && extension.equals("json")) {
            return round.getCommitment() == null ? null
                    : write(response, "application/json;charset=UTF-8", draw.roundJson(round, now), name);
        }
        Optional<String> text = kind.equals("xet-tuyen") ? draw.inputs(round, now) : draw.result(round, now);
        return extension.equals("csv") && text.isPresent() ? write(response, "text/csv;charset=UTF-8", text.get(), name) : null;
    }

    private static String noStore(HttpServletResponse response, String view) {
        response.setHeader("Cache-Control", "no-store");
        return view;
    }

    private static String write(HttpServletResponse response, String type, String body, String fileName) throws IOException {
        response.setContentType(type);
        // Short-lived: results appear at their hour, and a copy kept longer would hide them.
        response.setHeader("Cache-Control", "public, max-age=60");
        if (fileName != null) {
            response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        }
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        return "";
    }

    private static String verifier() throws IOException {
        try (InputStream in = AdmissionRoutes.class.getResourceAsStream("/vn/edu/portal/admission/kiem-chung.py")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String count(Long n) {
        return n == null ? "" : n.toString();
    }

    String csv(SiteInfo department) {
        Instant now = clock.now();
        List<List<?>> rows = new java.util.ArrayList<>();
        for (AdmissionCampaign c : rounds.campaigns(department.id())) {
            for (AdmissionLists.SchoolCount s : lists.counts(c, now)) {
                rows.add(java.util.Arrays.asList(c.getSchoolYear(), c.getEntryGrade().slug, c.getPlacement().name(), s.school(),
                        s.slug(), s.ward(), s.quota(),
                        s.applications(), s.accepted(), s.admitted(), s.enrolled(), s.waiting()));
            }
        }
        // The grade and how places are given: a grade-6 round by assignment has no applications, only pupils placed.
        return vn.edu.portal.platform.Exports.csv(List.of("school_year", "entry_grade", "placement", "school", "slug", "ward",
                "quota", "applications",
                "accepted", "admitted", "enrolled", "waiting"), rows);
    }

    String json(SiteInfo department) {
        Instant now = clock.now();
        var array = jakarta.json.Json.createArrayBuilder();
        for (AdmissionCampaign c : rounds.campaigns(department.id())) {
            for (AdmissionLists.SchoolCount s : lists.counts(c, now)) {
                var o = jakarta.json.Json.createObjectBuilder().add("schoolYear", c.getSchoolYear())
                        .add("entryGrade", c.getEntryGrade().slug).add("placement", c.getPlacement().name())
                        .add("school", s.school()).add("slug", s.slug()).add("ward", s.ward())
                        .add("quota", s.quota()).add("applications", s.applications()).add("accepted", s.accepted())
                        .add("resultsPublished", s.admitted() != null);
                if (s.admitted() != null) {
                    o.add("admitted", s.admitted()).add("enrolled", s.enrolled()).add("waiting", s.waiting());
                }
                array.add(o);
            }
        }
        return array.build().toString();
    }
}
