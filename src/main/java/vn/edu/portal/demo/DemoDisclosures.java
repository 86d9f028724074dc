package vn.edu.portal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.edu.portal.content.MediaService;
import vn.edu.portal.disclosure.DisclosureService;
import vn.edu.portal.disclosure.Figures;
import vn.edu.portal.disclosure.ItemKind;
import vn.edu.portal.disclosure.SchoolYear;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * Disclosures that make the department's dashboard tell a story: Nguyễn Huệ has published
 * everything for the current school year (one item edited once, so its first version shows as
 * superseded), Kim Đồng only its general information, Lê Quý Đôn nothing at all.
 */
@ApplicationScoped
public class DemoDisclosures {

    @Inject
    DisclosureService disclosures;

    @Inject
    SiteDirectory directory;

    @Inject
    MediaService media;

    void load() {
        int year = SchoolYear.current();
        SiteInfo complete = directory.bySlug("thnguyenhue").orElseThrow();
        disclosures.openYear(complete.id(), SchoolYear.label(year), "nguyenhue.admin", null);
        for (DisclosureService.ItemView view : disclosures.items(complete.id(), year)) {
            publish(complete, year, view);
        }
        disclosures.save(complete.id(), year, "2.2", new DisclosureService.ItemInput(
                "<p>Trường công lập, học sinh tiểu học được miễn học phí theo Luật Giáo dục 2019. Các khoản thu thỏa thuận: "
                        + "bán trú 35.000 đồng/ngày, câu lạc bộ năng khiếu 150.000 đồng/tháng (tự nguyện).</p>"
                        + "<p>Cập nhật: điều chỉnh mức thu bán trú theo Nghị quyết của HĐND Thành phố.</p>", Map.of()),
                null, "nguyenhue.admin", null);
        disclosures.publish(complete.id(), year, "2.2", false, true, "nguyenhue.admin", null);

        SiteInfo partial = directory.bySlug("thkimdong").orElseThrow();
        disclosures.openYear(partial.id(), SchoolYear.label(year), "kimdong.admin", null);
        for (DisclosureService.ItemView view : disclosures.items(partial.id(), year)) {
            if (view.item().getGroupNo() == 1 || view.item().getCode().equals("3.1")) {
                publish(partial, year, view);
            }
        }
        // Lê Quý Đôn (thcslequydon) has not opened the year: nothing published.
    }

    private void publish(SiteInfo site, int year, DisclosureService.ItemView view) {
        String code = view.item().getCode();
        Long mediaId = null;
        Map<String, String> cells = new HashMap<>();
        if (view.item().getKind() == ItemKind.FILE) {
            mediaId = media.upload(site.id(), "file", "bao-cao-thuong-nien-" + SchoolYear.slug(year) + ".pdf",
                    DemoPdf.of("Báo cáo thường niên năm học " + SchoolYear.label(year) + " – " + site.name()),
                    "demo").getId();
        }
        if (view.item().getKind() == ItemKind.TABLE) {
            var kind = view.item().getTableKind();
            int r = 0;
            for (String row : kind.rows(site.level())) {
                r++;
                long first = switch (kind) {
                    case STAFF -> List.of(3L, 42L, 9L).get(Math.min(r - 1, 2));
                    case ROOMS -> List.of(6500L, 30L, 8L, 1L, 40L).get(Math.min(r - 1, 4));
                    case RESULTS -> 170L + r * 7;
                };
                int c = 0;
                for (String column : kind.columns()) {
                    long value = c == 0 ? first : kind.partOfFirst(column) ? (kind == vn.edu.portal.disclosure.TableKind.STAFF
                            ? (c == 3 ? first - first / 4 : c == 2 ? first / 4 : 0) : first - (c == 1 && kind
                            == vn.edu.portal.disclosure.TableKind.RESULTS ? 2 : 0)) : first;
                    cells.put(Figures.key(row, column), String.valueOf(value));
                    c++;
                }
            }
        }
        String body = switch (code) {
            case "1.1" -> "<p>" + site.name() + ", địa chỉ " + site.address() + "; điện thoại " + site.phone()
                    + "; thư điện tử " + site.email() + ".</p>";
            case "1.2" -> "<p>Trường công lập trực thuộc Ủy ban nhân dân phường; thành lập theo quyết định của cơ quan có thẩm quyền.</p>";
            case "1.3" -> "<p>Xây dựng môi trường học tập thân thiện, an toàn; mỗi học sinh phát triển toàn diện phẩm chất và năng lực.</p>";
            case "1.4" -> "<p>Hiệu trưởng: " + site.principal() + ". Hai phó hiệu trưởng; 5 tổ chuyên môn; tổ văn phòng.</p>";
            case "1.5" -> "<p>Quy chế tổ chức và hoạt động, quy chế chi tiêu nội bộ, nội quy học sinh được niêm yết tại trường.</p>";
            case "2.2" -> "<p>Trường công lập, học sinh tiểu học được miễn học phí theo Luật Giáo dục 2019. Các khoản thu thỏa thuận: "
                    + "bán trú 30.000 đồng/ngày, câu lạc bộ năng khiếu 150.000 đồng/tháng (tự nguyện).</p>";
            case "5.1" -> "<p>Báo cáo thường niên theo mẫu phụ lục của Thông tư 09/2024/TT-BGDĐT.</p>";
            default -> view.item().getKind() == ItemKind.TEXT
                    ? "<p>" + view.item().getTitle() + ": nội dung được nhà trường công khai theo quy định.</p>" : null;
        };
        disclosures.save(site.id(), year, code, new DisclosureService.ItemInput(body, cells), mediaId, "demo", null);
        disclosures.publish(site.id(), year, code, true, true, "demo", null);
    }
}
