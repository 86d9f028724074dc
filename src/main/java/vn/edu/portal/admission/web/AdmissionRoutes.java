package vn.edu.portal.admission.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionService;
import vn.edu.portal.admission.ApplicationCodes;
import vn.edu.portal.tenant.CurrentSite;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The public admission addresses of a site (after its link base). Nothing here is cached and no
 * answer carries a full ID number, a date of birth, an address or a parent.
 *
 * <pre>
 * tuyen-sinh                      the campaign at this school (or, on the department site, every school)
 * tuyen-sinh/dang-ky              the application, one step at a time (POST)
 * tuyen-sinh/tra-cuu              look-up, correction, withdrawal, enrolment by code + e-mail (POST)
 * tuyen-sinh/kiem-tra             data review: the child's pre-filled record by ID + mailed code,
 *                                 correction requests with evidence (POST; also on the department site)
 * tuyen-sinh/danh-sach            registrants, masked
 * tuyen-sinh/ket-qua              results, masked, and a look-up by code + ID number (POST)
 * tuyen-sinh/qr/CODE.png          the receipt's QR code (the look-up address, nothing personal)
 * tuyen-sinh/so-lieu.csv|.json    open data: counts per school (department site)
 * tuyen-sinh/du-lieu-xet-tuyen.csv  the allocation's masked inputs and seed (department site)
 * </pre>
 */
@ApplicationScoped
public class AdmissionRoutes {

    static final String PREFIX = "tuyen-sinh";

    @Inject
    AdmissionService admission;

    public static boolean isAdmission(String rest) {
        return rest.equals(PREFIX) || rest.equals(PREFIX + "/") || rest.startsWith(PREFIX + "/");
    }

    /** Full request paths (on a school host or under /s/slug/) of the forms that post. */
    public static boolean acceptsPost(String path) {
        String rest = path.startsWith("/s/") ? path.substring(Math.max(3, path.indexOf('/', 3) + 1)) : path.substring(1);
        return rest.equals(PREFIX + "/dang-ky") || rest.equals(PREFIX + "/tra-cuu") || rest.equals(PREFIX + "/ket-qua")
                || rest.equals(PREFIX + "/kiem-tra");
    }

    /** The view to render, "" when the answer was written here, null for a 404. */
    public String route(SiteInfo site, String rest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String tail = rest.length() > PREFIX.length() ? rest.substring(PREFIX.length() + 1) : "";
        if (tail.endsWith("/")) {
            tail = tail.substring(0, tail.length() - 1);
        }
        if (site.isDepartment()) {
            return switch (tail) {
                case "" -> "admission-department.xhtml";
                case "kiem-tra" -> noStore(response, "admission-review.xhtml");
                case "so-lieu.csv" -> write(response, "text/csv;charset=UTF-8", csv(site), "so-lieu-tuyen-sinh.csv");
                case "so-lieu.json" -> write(response, "application/json;charset=UTF-8", json(site), null);
                case "du-lieu-xet-tuyen.csv" -> write(response, "text/csv;charset=UTF-8", inputs(site), "du-lieu-xet-tuyen.csv");
                default -> null;
            };
        }
        if (admission.campaignOfSchool(site.id()).isEmpty()) {
            return null;
        }
        if (tail.startsWith("qr/") && tail.endsWith(".png")) {
            String code = ApplicationCodes.normalise(tail.substring(3, tail.length() - 4));
            if (code.isEmpty()) {
                return null;
            }
            String base = request.getScheme() + "://" + request.getHeader("Host") + CurrentSite.of(request).base();
            response.setContentType("image/png");
            response.setHeader("Cache-Control", "no-store");
            response.getOutputStream().write(qr(base + PREFIX + "/tra-cuu?ma=" + code));
            return "";
        }
        response.setHeader("Cache-Control", "no-store");
        return switch (tail) {
            case "" -> "admission.xhtml";
            case "dang-ky" -> "admission-apply.xhtml";
            case "tra-cuu" -> "admission-lookup.xhtml";
            case "kiem-tra" -> "admission-review.xhtml";
            case "danh-sach", "ket-qua" -> "admission-list.xhtml";
            default -> null;
        };
    }

    private static String noStore(HttpServletResponse response, String view) {
        response.setHeader("Cache-Control", "no-store");
        return view;
    }

    private static String write(HttpServletResponse response, String type, String body, String fileName) throws IOException {
        response.setContentType(type);
        response.setHeader("Cache-Control", "public, max-age=60");
        if (fileName != null) {
            response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        }
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        return "";
    }

    String csv(SiteInfo department) {
        List<List<?>> rows = new java.util.ArrayList<>();
        for (AdmissionCampaign c : admission.campaigns(department.id())) {
            for (AdmissionService.SchoolCount s : admission.counts(c.getId())) {
                rows.add(java.util.Arrays.asList(c.getSchoolYear(), s.school(), s.slug(), s.district(), s.quota(),
                        s.applications(), s.accepted(), s.admitted(), s.enrolled(), s.waiting()));
            }
        }
        return vn.edu.portal.platform.Exports.csv(List.of("school_year", "school", "slug", "district", "quota", "applications",
                "accepted", "admitted", "enrolled", "waiting"), rows);
    }

    String json(SiteInfo department) {
        var array = jakarta.json.Json.createArrayBuilder();
        for (AdmissionCampaign c : admission.campaigns(department.id())) {
            for (AdmissionService.SchoolCount s : admission.counts(c.getId())) {
                array.add(jakarta.json.Json.createObjectBuilder().add("schoolYear", c.getSchoolYear())
                        .add("school", s.school()).add("slug", s.slug()).add("district", s.district())
                        .add("quota", s.quota()).add("applications", s.applications()).add("accepted", s.accepted())
                        .add("admitted", s.admitted()).add("enrolled", s.enrolled()).add("waiting", s.waiting()));
            }
        }
        return array.build().toString();
    }

    String inputs(SiteInfo department) {
        StringBuilder out = new StringBuilder();
        for (AdmissionCampaign c : admission.campaigns(department.id())) {
            if (c.getSeedPublishedAt() != null) {
                out.append("# school year: ").append(c.getSchoolYear()).append('\n');
                out.append("# seed: ").append(c.getLotterySeed()).append('\n');
                out.append("# criteria (in order): ").append(c.getCriteria().replace('\n', ';')).append('\n');
                out.append("# lottery = first 16 hex digits of SHA-256(seed + \"|\" + code), lower first\n");
                if (c.getPersonalDataDeletedAt() != null) {
                    out.append("# personal data deleted on ").append(AdmissionService.day(c.getPersonalDataDeletedAt()))
                            .append(" (retention): the inputs are no longer published\n");
                }
                for (String line : admission.publishedInputs(department.id(), c.getId())) {
                    out.append(line).append('\n');
                }
            }
        }
        return out.toString();
    }

    static byte[] qr(String text) throws IOException {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 240, 240,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.CHARACTER_SET, "UTF-8"));
            BufferedImage image = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < m.getWidth(); x++) {
                for (int y = 0; y < m.getHeight(); y++) {
                    image.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IOException(e);
        }
    }

}
