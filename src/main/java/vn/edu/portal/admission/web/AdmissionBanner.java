package vn.edu.portal.admission.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionRounds;
import vn.edu.portal.admission.Phases;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.tenant.CurrentSite;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The way in from a home page: while a round runs, the school's home (and the department's, for
 * every open round) says so, with its phase, until when, and the one action that phase offers a
 * family (apply during registration: one tap to the form).
 */
@Named("admissionBanner")
@RequestScoped
public class AdmissionBanner {

    /** One round as the banner shows it; {@code path} is relative to the site's base. */
    public record Entry(String name, Phases.Phase phase, String until, String path, String action, boolean assignment) {
        public String getName() { return name; }
        /** A round by assignment is confirmed, not registered for, in the registration window. */
        public String getPhaseKey() {
            return assignment && phase == Phases.Phase.REGISTRATION ? "admission.assignment.window.label" : phase.key();
        }
        public String getUntil() { return until; }
        public String getPath() { return path; }
        public String getAction() { return action; }
        public boolean isOpen() { return phase == Phases.Phase.REGISTRATION; }
    }

    @Inject
    vn.edu.portal.admission.ServingSchools serving;

    @Inject
    vn.edu.portal.platform.PortalClock clock;

    @Inject
    AdmissionRounds rounds;

    private List<Entry> entries;

    public List<Entry> getEntries() {
        if (entries == null) {
            entries = load();
        }
        return entries;
    }

    /** The wards of the open rounds' zones (the department's home offers them for "which schools serve my address"). */
    public List<String> getWards() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        SiteInfo site = CurrentSite.of(request).site();
        return site.isDepartment() ? serving.wardsOfOpenRounds(site.id(), clock.now()) : List.of();
    }

    private List<Entry> load() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        SiteInfo site = CurrentSite.of(request).site();
        Instant now = clock.now();
        List<AdmissionCampaign> shown = new ArrayList<>();
        if (site.isDepartment()) {
            shown.addAll(rounds.openRounds(site.id(), now));
        } else {
            rounds.campaignOfSchool(site.id()).filter(c -> c.phaseAt(now) != Phases.Phase.CLOSED).ifPresent(shown::add);
        }
        List<Entry> out = new ArrayList<>();
        for (AdmissionCampaign c : shown) {
            Phases.Phase phase = c.phaseAt(now);
            // A round by assignment has no form: during "registration" families see and confirm their school.
            boolean answer = c.isAssignment() && phase == Phases.Phase.REGISTRATION;
            out.add(new Entry(c.getName(), phase, AdmissionRounds.day(end(c, phase)),
                    site.isDepartment() ? "tuyen-sinh" : answer ? "tuyen-sinh/kiem-tra" : path(phase),
                    Texts.get(answer ? "admission.assignment.link" : actionKey(phase)), c.isAssignment()));
        }
        return out;
    }

    /** When the phase ends (the day shown as "until"). */
    private static Instant end(AdmissionCampaign c, Phases.Phase phase) {
        return switch (phase) {
            case PREPARATION -> c.getReviewFrom();
            case REVIEW -> c.getReviewTo();
            case BEFORE_REGISTRATION -> c.getRegistrationFrom();
            case REGISTRATION -> c.getRegistrationTo();
            case VERIFICATION -> c.getVerificationTo();
            case ALLOCATION -> c.getResultsAt();
            case RESULTS, CLOSED -> c.getEnrolmentTo();
        };
    }

    private static String path(Phases.Phase phase) {
        return switch (phase) {
            case REVIEW -> "tuyen-sinh/kiem-tra";
            case REGISTRATION -> "tuyen-sinh/dang-ky";
            case VERIFICATION, ALLOCATION -> "tuyen-sinh/tra-cuu";
            case RESULTS -> "tuyen-sinh/ket-qua";
            default -> "tuyen-sinh";
        };
    }

    private static String actionKey(Phases.Phase phase) {
        return switch (phase) {
            case REVIEW, REGISTRATION, VERIFICATION, ALLOCATION, RESULTS -> "admission.banner.action." + phase.name();
            default -> "admission.banner.action.OTHER";
        };
    }
}
