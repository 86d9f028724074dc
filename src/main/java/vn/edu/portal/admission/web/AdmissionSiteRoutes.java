package vn.edu.portal.admission.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.web.SiteRoutes;

/**
 * Admission's public addresses through the route contract: an adapter over {@link AdmissionRoutes}
 * (which addresses, which take posts, the view of each) that renders the application form behind
 * the {@link AdmissionGate}. Every admission page is personal: never cached.
 */
@ApplicationScoped
public class AdmissionSiteRoutes implements SiteRoutes {

    private static final String VIEWS = "/WEB-INF/views/public/";

    @Inject
    AdmissionRoutes admission;

    @Inject
    AdmissionGate gate;

    @Override
    public boolean handles(SiteInfo site, String rest) {
        return AdmissionRoutes.isAdmission(rest);
    }

    @Override
    public boolean personal(SiteInfo site, String rest) {
        return true;
    }

    @Override
    public boolean acceptsPost(SiteInfo site, String rest) {
        return AdmissionRoutes.acceptsPost("/" + rest);
    }

    @Override
    public String route(SiteInfo site, String rest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String view = admission.route(site, rest, request, response);
        if (view == null || view.isEmpty() || !AdmissionGate.guards(rest)) {
            return view;
        }
        if (gate.enter(request, response)) {
            try {
                request.getRequestDispatcher(VIEWS + view).forward(request, response);
            } finally {
                gate.leave();
            }
        }
        return "";
    }
}
