package vn.edu.portal.admission.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import vn.edu.portal.admission.AdmissionApplication;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionService;
import vn.edu.portal.admission.AdmissionStatusChange;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.tenant.CurrentSite;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The public admission pages other than the form: the campaign, the masked lists, the results
 * look-up (code + ID number) and the parent's look-up (code + e-mail) with correction,
 * withdrawal and enrolment confirmation. Only masked rows reach the lists.
 */
@Named("adm")
@RequestScoped
public class AdmissionPublic {

    @Inject
    AdmissionService admission;

    private SiteInfo site;
    private AdmissionCampaign campaign;
    private boolean results;
    private String code;
    private String email;
    private String personalId;
    private String phone;
    private String curWard;
    private String curStreet;
    private AdmissionApplication found;
    private AdmissionApplication result;
    private boolean tried;

    @PostConstruct
    void load() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        site = CurrentSite.of(request).site();
        campaign = site.isDepartment() ? admission.currentCampaign(site.id()).orElse(null)
                : admission.campaignOfSchool(site.id()).orElse(null);
        Object asked = request.getAttribute(vn.edu.portal.platform.PortalViewHandler.ACTION_PATH);
        results = asked != null && asked.toString().endsWith("ket-qua");
        String ma = request.getParameter("ma");
        if (ma != null && ma.length() <= 20) {
            code = ma;
        }
        // A post from the look-up form: find the application first, so that the buttons and
        // fields shown with it exist while the post is decoded (the view keeps no state).
        String postedCode = request.getParameter("lookup:code");
        String postedEmail = request.getParameter("lookup:email");
        if (postedCode != null && postedEmail != null) {
            found = admission.lookup(site.id(), postedCode, postedEmail).orElse(null);
        }
    }

    public List<AdmissionService.PublicRow> getRows() {
        return results ? admission.results(site.id()) : admission.registrants(site.id());
    }

    public boolean isResults() { return results; }

    public boolean isResultsPublished() {
        return campaign != null && admission.resultsPublished(campaign);
    }

    public List<AdmissionService.SchoolView> getSchools() {
        return campaign == null ? List.of() : admission.schools(campaign.getId());
    }

    public AdmissionService.SchoolView getThisSchool() {
        return getSchools().stream().filter(s -> s.site().id() == site.id()).findFirst().orElse(null);
    }

    public List<AdmissionService.SchoolCount> getCounts() {
        return campaign == null ? List.of() : admission.counts(campaign.getId());
    }

    public List<AdmissionService.Criterion> getCriteria() {
        return campaign == null ? List.of() : AdmissionService.parseCriteria(campaign.getCriteria());
    }

    public String day(java.time.Instant instant) {
        return AdmissionService.day(instant);
    }

    public void lookup() {
        tried = true;
        found = admission.lookup(site.id(), code, email).orElse(null);
        if (found == null) {
            Texts.show("lookup", FieldErrors.of("code", "admission.lookup.none"));
        } else {
            phone = found.getPhone();
            curWard = found.getCurWard();
            curStreet = found.getCurStreet();
        }
    }

    public void withdraw() {
        try {
            found = admission.withdraw(site.id(), code, email, ip());
            Texts.info("admission.withdrawn", found.getCode());
        } catch (FieldErrors e) {
            Texts.show("lookup", e);
            lookup();
        }
    }

    public void correct() {
        try {
            found = admission.correct(site.id(), code, email, phone, curWard, curStreet, ip());
            Texts.info("admission.corrected");
        } catch (FieldErrors e) {
            found = admission.lookup(site.id(), code, email).orElse(null);
            Texts.show("lookup", e);
        }
    }

    public void confirmEnrolment() {
        try {
            found = admission.confirmEnrolment(site.id(), code, email);
            Texts.info("admission.enrolled", found.getEnrolReceipt());
        } catch (FieldErrors e) {
            found = admission.lookup(site.id(), code, email).orElse(null);
            Texts.show("lookup", e);
        }
    }

    public void findResult() {
        tried = true;
        Optional<AdmissionApplication> r = admission.result(code, personalId);
        result = r.filter(a -> campaign != null && a.getCampaignId().equals(campaign.getId())).orElse(null);
        if (result == null) {
            Texts.show("result", FieldErrors.of("code", "admission.lookup.none"));
        }
    }

    public List<AdmissionStatusChange> getHistory() {
        return found == null ? List.of() : admission.history(found.getId());
    }

    public String schoolName(Long id) {
        return id == null ? "" : admission.schoolName(id);
    }

    public boolean isCanEnrol() {
        return found != null && found.getStatus() == vn.edu.portal.admission.ApplicationStatus.ADMITTED;
    }

    private static String ip() {
        return vn.edu.portal.platform.Clients.address((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public SiteInfo getSite() { return site; }
    public AdmissionCampaign getCampaign() { return campaign; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPersonalId() { return personalId; }
    public void setPersonalId(String personalId) { this.personalId = personalId; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getCurWard() { return curWard; }
    public void setCurWard(String curWard) { this.curWard = curWard; }
    public String getCurStreet() { return curStreet; }
    public void setCurStreet(String curStreet) { this.curStreet = curStreet; }
    public AdmissionApplication getFound() { return found; }
    public AdmissionApplication getResult() { return result; }
    public boolean isTried() { return tried; }
}
