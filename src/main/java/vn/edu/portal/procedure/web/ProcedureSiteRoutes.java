package vn.edu.portal.procedure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.edu.portal.tenant.CurrentSite;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.web.SiteRoutes;

/**
 * The procedures' public addresses through the route contract: an adapter over {@link ProcedureRoutes},
 * which keeps their rules (which addresses, which are personal and take posts) and renders them.
 */
@ApplicationScoped
public class ProcedureSiteRoutes implements SiteRoutes {

    @Inject
    ProcedureRoutes procedures;

    @Override
    public boolean handles(SiteInfo site, String rest) {
        return ProcedureRoutes.handles(rest);
    }

    /** The forms, receipts and the status look-up. */
    @Override
    public boolean personal(SiteInfo site, String rest) {
        return ProcedureRoutes.personal(rest);
    }

    /** A receipt (its token in the path), a post or a tokened draft shows a person; the blank form does not. */
    @Override
    public boolean showsPerson(SiteInfo site, String rest, HttpServletRequest request) {
        return ProcedureRoutes.personal(rest) && (!SiteRoutes.plainRead(request) || rest.startsWith("thu-tuc/bien-nhan/"));
    }

    @Override
    public boolean acceptsPost(SiteInfo site, String rest) {
        return ProcedureRoutes.personal(rest);
    }

    @Override
    public boolean readsItsOwnBody(SiteInfo site, String rest) {
        // The form's steps, and the look-up, where papers asked for are added.
        return rest.endsWith("/nop") || rest.equals("tra-cuu");
    }

    @Override
    public String route(SiteInfo site, String rest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        return procedures.render(site, CurrentSite.of(request).base(), rest, request, response) ? "" : null;
    }
}
