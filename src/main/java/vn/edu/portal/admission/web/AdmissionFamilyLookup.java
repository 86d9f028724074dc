package vn.edu.portal.admission.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.edu.portal.admission.AdmissionApplication;
import vn.edu.portal.admission.AdmissionLists;
import vn.edu.portal.admission.AdmissionService;
import vn.edu.portal.admission.ApplicationStatus;
import vn.edu.portal.forms.FormEvent;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.PortalClock;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.TooManyAttempts;
import vn.edu.portal.tenant.CurrentSite;

/**
 * {@code tuyen-sinh/tra-cuu}: the family's look-up by code and e-mail, and what the family may do
 * with the application it finds: correct the phone and where the child lives, withdraw, confirm
 * enrolment. Every look-up is throttled (429). The view keeps no state: each post finds the
 * application again from the code and e-mail it carries.
 */
@Named("admLookup")
@RequestScoped
public class AdmissionFamilyLookup {

    @Inject
    PortalClock clock;

    @Inject
    AdmissionService admission;

    @Inject
    AdmissionLists lists;

    private Instant now;
    private long siteId;
    private String code;
    private String email;
    private String phone;
    private String curWard;
    private String curStreet;
    private AdmissionApplication found;

    @PostConstruct
    void load() {
        now = clock.now();
        HttpServletRequest request = AdmissionPublic.request();
        siteId = CurrentSite.of(request).site().id();
        String ma = request.getParameter("ma");
        if (ma != null && ma.length() <= 20) {
            code = ma;
        }
        // A post from the look-up form: find the application first, so that the buttons and
        // fields shown with it exist while the post is decoded (the view keeps no state).
        String postedCode = request.getParameter("lookup:code");
        String postedEmail = request.getParameter("lookup:email");
        if (postedCode != null && postedEmail != null) {
            found = lookUp(postedCode, postedEmail).orElse(null);
        }
    }

    /** Over the limit, the page answers 429 with Retry-After and says when to try again. */
    private Optional<AdmissionApplication> lookUp(String typedCode, String typedEmail) {
        try {
            return admission.lookup(siteId, typedCode, typedEmail, AdmissionPublic.ip());
        } catch (TooManyAttempts e) {
            AdmissionPublic.tooMany(e);
            return Optional.empty();
        }
    }

    public void lookup() {
        if (found == null && !FacesContext.getCurrentInstance().getMessageList().isEmpty()) {
            return;
        }
        if (found == null) {
            Texts.show("lookup", FieldErrors.of("code", "admission.lookup.none"));
        } else {
            phone = found.getPhone();
            curWard = found.getCurrent().getWard();
            curStreet = found.getCurrent().getStreet();
        }
    }

    public void withdraw() {
        if (found == null) {
            lookup();
            return;
        }
        try {
            found = admission.withdraw(siteId, code, email, AdmissionPublic.ip(), clock.now());
            Texts.info("admission.withdrawn", found.getCode());
        } catch (FieldErrors e) {
            Texts.show("lookup", e);
        }
    }

    public void correct() {
        if (found == null) {
            lookup();
            return;
        }
        try {
            found = admission.correct(siteId, code, email, phone, curWard, curStreet, AdmissionPublic.ip());
            Texts.info("admission.corrected");
        } catch (FieldErrors e) {
            Texts.show("lookup", e);
        }
    }

    public void confirmEnrolment() {
        if (found == null) {
            lookup();
            return;
        }
        try {
            found = admission.confirmEnrolment(siteId, code, email, clock.now());
            Texts.info("admission.enrolled", found.getEnrolReceipt());
        } catch (FieldErrors e) {
            Texts.show("lookup", e);
        }
    }

    public List<FormEvent> getHistory() {
        return found == null ? List.of() : lists.history(found, now);
    }

    public boolean isCanEnrol() {
        return found != null && lists.shown(found, now) == ApplicationStatus.ADMITTED;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getCurWard() { return curWard; }
    public void setCurWard(String curWard) { this.curWard = curWard; }
    public String getCurStreet() { return curStreet; }
    public void setCurStreet(String curStreet) { this.curStreet = curStreet; }
    public AdmissionApplication getFound() { return found; }
}
