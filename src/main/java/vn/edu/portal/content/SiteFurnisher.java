package vn.edu.portal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import vn.edu.portal.tenant.PortalTemplate;
import vn.edu.portal.tenant.SiteFurnishing;

/** A new site's pages, categories and menu, for {@code tenant.SiteService} ({@link SiteFurnishing}). */
@ApplicationScoped
public class SiteFurnisher implements SiteFurnishing {

    /**
     * The department portal's menu when its site is made: news of every school, its documents,
     * disclosures, procedures, admission, the directory and open data. Migration V202612080000 gives
     * it to a department made before.
     */
    public static final List<ContentService.MenuRow> DEPARTMENT_MENU = List.of(
            new ContentService.MenuRow("Tin tức các trường", "tin-tuc"),
            new ContentService.MenuRow("Văn bản", "van-ban"),
            new ContentService.MenuRow("Công khai", "cong-khai"),
            new ContentService.MenuRow("Thủ tục hành chính", "thu-tuc-cac-truong"),
            new ContentService.MenuRow("Tuyển sinh", "tuyen-sinh"),
            new ContentService.MenuRow("Trường học", "truong-hoc"),
            new ContentService.MenuRow("Dữ liệu mở", "du-lieu-mo"));

    @Inject
    ContentService content;

    @Override
    public void furnishDepartment(long siteId) {
        content.saveMenu(siteId, DEPARTMENT_MENU, "system", null);
    }

    @Override
    public void furnishSchool(long siteId, PortalTemplate template, Map<String, String> values) {
        content.applyTemplate(siteId, template, values);
    }
}
