package vn.edu.portal.content.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import vn.edu.portal.content.ArticleService;
import vn.edu.portal.security.Role;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;
import vn.edu.portal.tenant.SiteService;

/** Who is editing on the current site, and whether he may publish there. */
@Named
@RequestScoped
public class Editorial {

    @Inject
    AdminShell shell;

    @Inject
    SiteService sites;

    public ArticleService.Actor actor() {
        StaffContext staff = shell.staff();
        return new ArticleService.Actor(staff.username(), staff.fullName(), isCanPublish(), staff.ip());
    }

    /**
     * A post that ticks "published" although the form showed the box disabled (someone who may not
     * publish, forging the field): refused as a whole, 403 and an {@code access.denied} audit entry,
     * rather than quietly saved as a draft.
     */
    public void refuseForgedPublish(String field) {
        String value = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get(field);
        if (value != null && !value.isBlank() && !value.equalsIgnoreCase("false") && !isCanPublish()) {
            throw new SecurityException(shell.staff().username() + " posted " + field + " without the right to publish");
        }
    }

    /** The person acting on another site than the page's (the dashboard at /admin/), with his roles there. */
    public ArticleService.Actor actorOn(long siteId, Set<Role> roles) {
        StaffContext staff = shell.staff();
        return new ArticleService.Actor(staff.username(), staff.fullName(), canPublish(siteId, roles, staff.departmentAdmin()),
                staff.ip());
    }

    /** Approvers and school admins publish; editors too where the school allows it. */
    public boolean isCanPublish() {
        StaffContext staff = shell.staff();
        return canPublish(staff.siteId(), staff.roles(), staff.departmentAdmin());
    }

    private boolean canPublish(long siteId, Set<Role> roles, boolean departmentAdmin) {
        return departmentAdmin || roles.contains(Role.APPROVER) || roles.contains(Role.SCHOOL_ADMIN)
                || (roles.contains(Role.EDITOR) && sites.load(siteId).isEditorsPublish());
    }
}
