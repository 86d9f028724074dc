package vn.edu.portal.department.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionRounds;
import vn.edu.portal.procedure.ProcedureService;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.web.PublicSite;

/**
 * The page {@code bao-ve-du-lieu} of every site: who processes a family's data there, which data, for what,
 * who sees it, how long it is kept (each procedure's period, the admission round's date, as they are set
 * now) and what the family can do (Law 91/2025/QH15 on personal data protection: the data subject is told
 * before the data is given; domain.md §6). Built from the site's own settings, so it never says what the
 * site does not do.
 */
@Named("privacy")
@RequestScoped
public class PrivacyNotice {

    /** A procedure the site offers online and the days its requests are kept after they are settled. */
    public record Kept(String name, int days) {
        public String getName() { return name; }
        public int getDays() { return days; }
    }

    @Inject
    PublicSite pub;

    @Inject
    ProcedureService procedures;

    @Inject
    AdmissionRounds rounds;

    private List<Kept> kept;

    public SiteInfo getSite() {
        return pub.getSite();
    }

    /** The site's online procedures with their retention, in the order the site lists them. */
    public List<Kept> getProcedures() {
        if (kept == null) {
            kept = procedures.offered(getSite()).stream().filter(p -> p.getServiceLevel().online())
                    .map(p -> new Kept(p.getName(), p.getRetentionDays())).toList();
        }
        return kept;
    }

    /** The admission round the school takes part in now, if any: its name and the day its personal data goes. */
    public Optional<AdmissionCampaign> round() {
        return getSite().isSchool() ? rounds.campaignOfSchool(getSite().id()) : Optional.empty();
    }

    public AdmissionCampaign getRound() {
        return round().orElse(null);
    }

    public String getRoundDeletedAfter() {
        return round().map(c -> AdmissionRounds.day(c.getRetentionUntil())).orElse("");
    }
}
