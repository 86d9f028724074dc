package vn.edu.portal.admission.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import vn.edu.portal.admission.ListRequests;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.TooManyAttempts;

/**
 * On {@code tuyen-sinh/kiem-tra} of a round by assignment: the request of a family whose child is not on
 * the grade-5 list (form {@code listRequest}). The fields are read as posted; the service checks them.
 */
@Named
@RequestScoped
public class ListRequestForm {

    static final String[] FIELDS = {"personalId", "childName", "birthDate", "sex", "curWard", "curStreet", "primarySchool",
        "email", "reason"};

    @Inject
    ListRequests requests;

    @Inject
    AdmissionReviewPublic review;

    private final Map<String, String> v = new HashMap<>();
    private boolean sent;
    private boolean refused;

    public void submit() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        for (String field : FIELDS) {
            String value = request.getParameter("listRequest:" + field);
            v.put(field, value == null ? "" : value);
        }
        try {
            requests.submit(review.getCampaign(), v, vn.edu.portal.platform.Clients.address(request));
            sent = true;
            v.clear();
        } catch (FieldErrors e) {
            refused = true;
            Texts.show("listRequest", e);
        } catch (TooManyAttempts e) {
            refused = true;
            Texts.tooMany(e, "lookup.tooMany");
        }
    }

    /** What was typed, kept on a refusal. */
    public Map<String, String> getV() {
        return v;
    }

    /** The request's part of the page stays open after a refusal or a request sent. */
    public boolean isOpen() {
        return sent || refused;
    }

    public boolean isSent() {
        return sent;
    }
}
