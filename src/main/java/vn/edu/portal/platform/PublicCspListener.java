package vn.edu.portal.platform;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeFacesContext;

/**
 * PrimeFaces' CSP mode is for the admin console. On public pages it would add its own policy and,
 * by keeping the nonce in the view map before the layout has marked the view transient, start an
 * HTTP session for every visitor (public pages set no cookie: the page cache serves the same bytes
 * to everyone). So before anything renders, public requests tell PrimeFaces its CSP is already
 * done; their policy is the public one of {@link SecurityHeadersFilter}, which allows no inline script.
 */
public class PublicCspListener implements PhaseListener {

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        Object path = event.getFacesContext().getExternalContext().getRequestMap().get(PortalViewHandler.ACTION_PATH);
        if (path instanceof String p && !SecurityHeadersFilter.isStaffPath(p)) {
            PrimeFacesContext.getCspState(event.getFacesContext()).setInitialized(true);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing: the decision is made before the view is restored
    }
}
