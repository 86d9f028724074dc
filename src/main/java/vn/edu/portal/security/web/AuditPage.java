package vn.edu.portal.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.edu.portal.security.AuditEntry;
import vn.edu.portal.security.AuditLog;

/** The audit log: of one site on its page, of everything for the department admin. */
@Named
@RequestScoped
public class AuditPage {

    private static final int MAX = 300;

    @Inject
    AdminShell shell;

    @Inject
    AuditLog audit;

    @Inject
    vn.edu.portal.tenant.SiteDirectory directory;

    private List<AuditEntry> entries;

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            StaffContext staff = shell.staff();
            entries = staff.site() != null ? audit.forSite(staff.siteId(), MAX) : audit.all(MAX);
        }
        return entries;
    }

    public String siteName(Long siteId) {
        return siteId == null ? "—" : directory.byId(siteId).map(s -> s.name()).orElse("#" + siteId);
    }
}
