package vn.edu.portal.admission.web;

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
 * Admission's public addresses through the route contract: an adapter over {@link AdmissionRoutes}
 * (which addresses, which take posts, the view of each) that answers the application form
 * ({@link ApplicationFormRoutes}) behind the {@link AdmissionGate}, its start page for new visitors
 * from {@link FormStartPages}. Every admission page is personal: never in the page cache.
 */
@ApplicationScoped
public class AdmissionSiteRoutes implements SiteRoutes {

    @Inject
    AdmissionRoutes admission;

    @Inject
    ApplicationFormRoutes applicationForm;

    @Inject
    AdmissionGate gate;

    @Inject
    FormStartPages startPages;

    @Override
    public boolean handles(SiteInfo site, String rest) {
        return AdmissionRoutes.isAdmission(rest);
    }

    @Override
    public boolean personal(SiteInfo site, String rest) {
        return true;
    }

    /** Only posts and tokened addresses ({@code dang-ky?t=…}) answer with a family's data; a plain read is the same for all. */
    @Override
    public boolean showsPerson(SiteInfo site, String rest, HttpServletRequest request) {
        return !SiteRoutes.plainRead(request);
    }

    @Override
    public boolean acceptsPost(SiteInfo site, String rest) {
        return AdmissionRoutes.acceptsPost("/" + rest);
    }

    @Override
    public boolean readsItsOwnBody(SiteInfo site, String rest) {
        return AdmissionRoutes.readsItsOwnBody(rest);
    }

    @Override
    public String route(SiteInfo site, String rest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String view = admission.route(site, rest, request, response);
        if (view == null || view.isEmpty() || !AdmissionGate.guards(rest)) {
            return view;
        }
        if (FormStartPages.isStart(request)) {
            startPages.answer(site, request, response, into -> throughTheGate(site, request, into));
        } else {
            throughTheGate(site, request, response);
        }
        return "";
    }

    /** The form, if the gate lets the request in (true); otherwise the gate has answered. */
    private boolean throughTheGate(SiteInfo site, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (!gate.enter(request, response)) {
            return false;
        }
        try {
            applicationForm.handle(site, CurrentSite.of(request).base(), request, response);
            return true;
        } finally {
            gate.leave();
        }
    }
}
