package vn.edu.portal.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.edu.portal.platform.AuditEntry;
import vn.edu.portal.platform.AuditLog;

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
            String q = getQuery();
            if (!q.isEmpty()) {
                entries = audit.search(staff.site() != null ? staff.siteId() : null, q, MAX);
            } else {
                entries = staff.site() != null ? audit.forSite(staff.siteId(), MAX) : audit.all(MAX);
            }
        }
        return entries;
    }

    /** The words searched for ({@code ?q=}), at most 100 characters. */
    public String getQuery() {
        String q = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("q");
        q = q == null ? "" : q.strip();
        return q.length() > 100 ? q.substring(0, 100) : q;
    }

    public String siteName(Long siteId) {
        return siteId == null ? "—" : directory.byId(siteId).map(s -> s.name()).orElse("#" + siteId);
    }
}
