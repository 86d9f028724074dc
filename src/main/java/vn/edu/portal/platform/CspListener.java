package vn.edu.portal.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import org.primefaces.context.PrimeFacesContext;

/**
 * Fits PrimeFaces' CSP mode (the admin console's nonces) to the portal.
 *
 * <ul>
 * <li>Public pages: PrimeFaces would add its own policy and, by keeping the nonce in the view map
 *     before the layout has marked the view transient, start an HTTP session for every visitor
 *     (public pages set no cookie: the page cache serves the same bytes to everyone). So before
 *     anything renders, public requests tell PrimeFaces its CSP is already done; their policy is the
 *     public one of {@link SecurityHeadersFilter}, which allows no inline script.</li>
 * <li>Staff postbacks: PrimeFaces' script adds the page's nonce ({@code primefaces.nonce}) to every
 *     form it submits, and an Ajax answer must reuse it. A whole-page post without it (no script ran)
 *     would fail with "CSP nonce mismatch" after its action had run; it gets a fresh nonce instead,
 *     which the page it renders sends with its own policy.</li>
 * </ul>
 */
public class CspListener implements PhaseListener {

    static final String NONCE = "primefaces.nonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        if (!staff(event.getFacesContext())) {
            PrimeFacesContext.getCspState(event.getFacesContext()).setInitialized(true);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (staff(faces) && faces.isPostback() && faces.getViewRoot() != null
                && !faces.getPartialViewContext().isAjaxRequest()
                && faces.getExternalContext().getRequestParameterMap().get(NONCE) == null) {
            Map<String, Object> viewMap = faces.getViewRoot().getViewMap(false);
            if (viewMap != null) {
                viewMap.remove(NONCE);
            }
        }
    }

    private static boolean staff(FacesContext faces) {
        Object path = faces.getExternalContext().getRequestMap().get(PortalViewHandler.ACTION_PATH);
        return path instanceof String p && SecurityHeadersFilter.isStaffPath(p);
    }
}
