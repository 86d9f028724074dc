package vn.edu.portal.admission.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionRounds;
import vn.edu.portal.admission.AdmissionService;
import vn.edu.portal.admission.AgeGroups;
import vn.edu.portal.admission.Zones;
import vn.edu.portal.forms.Receipts;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.tenant.SiteInfo;

/** What the application form's view reads for the step shown ({@link PublicApplication}); each step computes only what it shows. */
@ApplicationScoped
public class ApplicationPage {

    @Inject
    AdmissionRounds rounds;

    @Inject
    vn.edu.portal.admission.AdmissionReview review;

    @Inject
    vn.edu.portal.admission.AdmissionForm form;

    /** Fills {@code model} (its step already set) for the round and draft shown, from the draft's {@code values}. */
    void prepare(PublicApplication model, AdmissionCampaign campaign, String token, Map<String, String> values, SiteInfo site,
            String base, Locale locale, HttpServletRequest request) {
        model.campaign = campaign;
        model.token = token;
        model.v.putAll(values);
        model.criteria = new ArrayList<>(Arrays.stream(values.getOrDefault("criteria", "").split(","))
                .filter(s -> !s.isBlank()).toList());
        model.consent = "true".equals(values.get("consent"));
        if (campaign != null) {
            prepareStep(model, campaign, values, site, base, locale, request);
        }
        if (model.step >= 1 && model.step <= PublicApplication.STEPS) {
            model.block = ApplicationStepHtml.of(model, request.getContextPath() + base,
                    "1".equals(request.getParameter("tooLarge")) ? form.maxUploadBytes() : 0, locale);
        }
    }

    private void prepareStep(PublicApplication model, AdmissionCampaign campaign, Map<String, String> values, SiteInfo site,
            String base, Locale locale, HttpServletRequest request) {
        switch (model.step) {
            case 0 -> model.opensText = AdmissionRounds.day(campaign.getRegistrationFrom()) + " – "
                    + AdmissionRounds.day(campaign.getRegistrationTo());
            case 1 -> {
                if (campaign.isPreschool()) {
                    model.ageGroups = AgeGroups.of(campaign).groups();
                    model.ageReferenceText = AdmissionRounds.day(AgeGroups.reference(campaign));
                }
            }
            case 2 -> {
                // Grade 6: the primary school is read from the grade-5 list, not asked again.
                if (campaign.getEntryGrade() == vn.edu.portal.admission.EntryGrade.GRADE_6) {
                    model.primaryListed = review.record(campaign, values.getOrDefault("personalId", ""))
                            .map(r -> Texts.get(locale, "admission.f.primaryListed", r.getPrimarySchool(), r.getPrimaryResult()))
                            .orElse("");
                }
            }
            case 3, 6 -> {
                Zones.Grouping g = rounds.grouping(campaign.getId(), site.id(), values.get("curWard"), values.get("curStreet"));
                model.groupingText = g == null ? "" : Texts.get(locale, g.key(), g.args().toArray());
                var d = AdmissionService.date(values.get("birthDate"));
                model.birthDateShown = d == null ? ""
                        : String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
                if (model.step == 6) { // the review names the schools of preference and the criteria the family chose
                    preferences(model, campaign, site, locale);
                }
            }
            case 4 -> preferences(model, campaign, site, locale);
            case PublicApplication.RECEIPT -> model.block = ReceiptHtml.of(ReceiptHtml.Block.of(
                    request.getContextPath() + base, model.application, Receipts.lookupQr(request, base,
                    AdmissionRoutes.PREFIX + "/tra-cuu", model.application.getCode()).svg(),
                    campaign.isPreschool() ? model.getAgeGroupName() : null), locale);
            default -> { }
        }
    }

    private void preferences(PublicApplication model, AdmissionCampaign campaign, SiteInfo site, Locale locale) {
        model.otherSchools = rounds.schools(campaign.getId()).stream().filter(s -> s.site().id() != site.id()).toList();
        model.criteriaChoices = criteriaChoices(campaign, site, model.otherSchools, locale);
    }

    private static List<PublicApplication.CriterionChoice> criteriaChoices(AdmissionCampaign campaign, SiteInfo site,
            List<AdmissionRounds.SchoolView> others, Locale locale) {
        List<PublicApplication.CriterionChoice> out = new ArrayList<>();
        int preferences = campaign.isPreferencesAllowed() ? Math.min(3, campaign.getMaxPreferences()) : 1;
        for (AdmissionRounds.Criterion c : AdmissionRounds.parseCriteria(campaign.getCriteria())) {
            if (!c.atSchool()) {
                out.add(new PublicApplication.CriterionChoice(c.code(), c.label()));
                continue;
            }
            if (c.appliesAt(site.slug())) {
                out.add(new PublicApplication.CriterionChoice(c.code() + "@1",
                        Texts.get(locale, "admission.criteria.atSchool", c.label(), site.name())));
            }
            // A school's own criterion is offered at a preference only if that school could be chosen there.
            String onlyNames = others.stream().filter(o -> c.onlyAt().contains(o.getSlug())).map(AdmissionRounds.SchoolView::getName)
                    .collect(java.util.stream.Collectors.joining(", "));
            for (int p = 2; p <= preferences && (c.onlyAt().isEmpty() || !onlyNames.isEmpty()); p++) {
                out.add(new PublicApplication.CriterionChoice(c.code() + "@" + p, c.onlyAt().isEmpty()
                        ? Texts.get(locale, "admission.criteria.atPreference", c.label(), p)
                        : Texts.get(locale, "admission.criteria.atPreferenceOnly", c.label(), p, onlyNames)));
            }
        }
        return out;
    }
}
