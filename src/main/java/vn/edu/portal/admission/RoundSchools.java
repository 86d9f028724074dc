package vn.edu.portal.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.edu.portal.platform.AuditLog;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.TextFolding;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * A school added to a round by mistake taken out again: while the lottery is not committed to and nobody has
 * applied to the school in the round (a draft begun there counts), so that nothing a family or the draw relies on
 * changes. A teacher setting a round up tries things; each try stayed in the round for good.
 */
@ApplicationScoped
public class RoundSchools {

    @PersistenceContext
    EntityManager em;

    @Inject
    AdmissionRounds rounds;

    @Inject
    SiteDirectory directory;

    @Inject
    CampaignDirectory campaignDirectory;

    @Inject
    AuditLog audit;

    @Transactional
    public void remove(long departmentSiteId, long campaignId, String schoolSlug, String actor, String ip) {
        AdmissionCampaign c = rounds.campaign(departmentSiteId, campaignId)
                .orElseThrow(() -> FieldErrors.of("school", "admission.notFound"));
        SiteInfo site = school(directory, schoolSlug);
        AdmissionSchool row = rounds.schoolRow(c.getId(), site.id())
                .orElseThrow(() -> FieldErrors.of("school", "admission.school.notInRound", site.name()));
        if (c.commitment != null) {
            throw FieldErrors.of("school", "admission.school.removeCommitted");
        }
        long applied = em.createQuery("select count(a) from AdmissionApplication a where a.campaignId = :c and a.siteId = :s",
                Long.class).setParameter("c", c.getId()).setParameter("s", site.id()).getSingleResult();
        long drafts = em.createQuery("select count(d) from FormDraft d where d.formKind = :k and d.formKey = :c"
                        + " and d.siteId = :s", Long.class).setParameter("k", AdmissionService.KIND).setParameter("c", c.getId())
                .setParameter("s", site.id()).getSingleResult();
        long begun = applied + drafts;
        if (begun > 0) {
            throw FieldErrors.of("school", "admission.school.removeApplied", site.name());
        }
        em.remove(row);
        em.flush();
        campaignDirectory.invalidate();
        audit.record(actor, departmentSiteId, "admission.school.remove", c.schoolYear + " " + c.name + ": " + site.slug(), ip);
    }

    /**
     * The school a round's school field names: its code (in any case), or its name written out (without regard to case,
     * accents or spaces) when exactly one school has it. The field suggests names and sends the code picked; a name
     * typed and sent without picking was "no school with this code".
     */
    static SiteInfo school(SiteDirectory directory, String typed) {
        String text = typed == null ? "" : java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC).strip();
        Optional<SiteInfo> byCode = directory.bySlug(text).or(() -> directory.bySlug(text.toLowerCase(Locale.ROOT)))
                .filter(SiteInfo::isSchool);
        if (byCode.isPresent() || text.isEmpty()) {
            return byCode.orElseThrow(() -> FieldErrors.of("school", "admission.school.unknown"));
        }
        String name = TextFolding.fold(text).replaceAll("\\s+", " ");
        List<SiteInfo> named = directory.all().stream().filter(SiteInfo::isSchool)
                .filter(s -> TextFolding.fold(s.name()).replaceAll("\\s+", " ").equals(name)).toList();
        if (named.size() != 1) {
            throw FieldErrors.of("school", "admission.school.unknown");
        }
        return named.get(0);
    }
}
