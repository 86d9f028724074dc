package vn.edu.portal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import vn.edu.portal.security.AccountService;
import vn.edu.portal.security.Role;
import vn.edu.portal.tenant.Ownership;
import vn.edu.portal.tenant.SchoolLevel;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.SiteService;

/** Loads the demo department once, through the same services the admin console uses. */
@ApplicationScoped
public class DemoData {

    /** The one password of every demo account (printed at start-up; demo mode only). */
    public static final String PASSWORD = "Demo@123456";

    record School(String slug, String name, SchoolLevel level, Ownership ownership, String district,
                  String address, String phone, String principal, String template, String staffPrefix) {
    }

    record Login(String username, String role, String site) {
    }

    static final List<School> SCHOOLS = List.of(
            new School("thnguyenhue", "Trường Tiểu học Nguyễn Huệ", SchoolLevel.PRIMARY, Ownership.PUBLIC,
                    "Phường Bến Thành", "12 Nguyễn Huệ, phường Bến Thành", "028 3822 1234", "Trần Thị Minh Thư",
                    "tieu-hoc", "nguyenhue"),
            new School("thkimdong", "Trường Tiểu học Kim Đồng", SchoolLevel.PRIMARY, Ownership.PUBLIC,
                    "Phường Tân Định", "45 Trần Quang Khải, phường Tân Định", "028 3848 5678", "Lê Văn Hùng",
                    "tieu-hoc", "kimdong"),
            new School("thcslequydon", "Trường THCS Lê Quý Đôn", SchoolLevel.LOWER_SECONDARY, Ownership.PUBLIC,
                    "Phường Xuân Hòa", "2 Lê Quý Đôn, phường Xuân Hòa", "028 3930 2468", "Nguyễn Thị Lan",
                    "thcs", "lequydon"),
            new School("thptmariecurie", "Trường THPT Marie Curie", SchoolLevel.UPPER_SECONDARY,
                    Ownership.PUBLIC, "Phường Xuân Hòa", "159 Nam Kỳ Khởi Nghĩa, phường Xuân Hòa",
                    "028 3932 0753", "Phạm Quốc Bảo", "thpt", "mariecurie"),
            new School("mnhoasen", "Trường Mầm non Hoa Sen", SchoolLevel.PRESCHOOL, Ownership.PUBLIC,
                    "Phường Bàn Cờ", "8 Cao Thắng, phường Bàn Cờ", "028 3833 1357", "Võ Thị Thu Hà",
                    "mam-non", "hoasen"),
            new School("mnvietuc", "Trường Mầm non tư thục Việt Úc", SchoolLevel.PRESCHOOL, Ownership.PRIVATE,
                    "Xã Bình Hưng", "21 Quốc lộ 50, xã Bình Hưng", "028 3758 9900", "Đặng Minh Khoa",
                    "mam-non", "vietuc"));

    @Inject
    SiteService sites;

    @Inject
    SiteDirectory directory;

    @Inject
    AccountService accounts;

    private final List<Login> logins = new ArrayList<>();

    public synchronized void loadOnce() {
        if (accounts.find("admin").isPresent()) {
            return;
        }
        long departmentSite = directory.departmentSite().orElseThrow().id();
        accounts.create(departmentSite, new AccountService.NewAccount("admin", "Quản trị Sở (demo)",
                "admin@demo.edu.vn", PASSWORD, Role.DEPARTMENT_ADMIN), EnumSet.allOf(Role.class), "demo", null);
        logins.add(new Login("admin", "DEPARTMENT_ADMIN", "(tất cả)"));
        for (School school : SCHOOLS) {
            SiteInfo site = sites.createSchool(new SiteService.SiteForm(school.name(), school.slug(),
                    school.level(), school.ownership(), school.district(), school.address(), school.phone(),
                    "lienhe@" + school.slug() + ".demo.edu.vn", school.principal(),
                    "Website chính thức của " + school.name() + ".", school.template()), "demo", null);
            account(site, school.staffPrefix() + ".admin", "Quản trị " + school.name(), Role.SCHOOL_ADMIN);
            if (school.slug().equals("thnguyenhue") || school.slug().equals("thkimdong")) {
                account(site, school.staffPrefix() + ".editor", "Biên tập viên " + school.name(), Role.EDITOR);
                account(site, school.staffPrefix() + ".approver", "Người duyệt " + school.name(), Role.APPROVER);
            }
        }
    }

    private void account(SiteInfo site, String username, String fullName, Role role) {
        accounts.create(site.id(), new AccountService.NewAccount(username, fullName, null, PASSWORD, role),
                EnumSet.allOf(Role.class), "demo", null);
        logins.add(new Login(username, role.name(), site.slug()));
    }

    public String banner(String baseUrl) {
        StringBuilder out = new StringBuilder("\n================================================================\n")
                .append(" School portal (DEMO, embedded H2 database) is running:\n")
                .append("   Department portal:   ").append(baseUrl).append("/\n")
                .append("   A school by path:    ").append(baseUrl).append("/s/thnguyenhue/\n")
                .append("   A school by host:    ").append(baseUrl.replace("://localhost", "://thnguyenhue.localhost"))
                .append("/\n")
                .append("   Admin console:       ").append(baseUrl).append("/admin/\n")
                .append(" Demo logins (password for all: ").append(PASSWORD).append("):\n");
        for (Login login : logins) {
            out.append(String.format("   %-22s %-18s %s%n", login.username(), login.role(), login.site()));
        }
        return out.append("================================================================").toString();
    }
}
