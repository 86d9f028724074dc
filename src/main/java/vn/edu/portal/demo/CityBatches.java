package vn.edu.portal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionForm;
import vn.edu.portal.content.ArticleService;
import vn.edu.portal.content.Category;
import vn.edu.portal.content.ContentService;
import vn.edu.portal.content.DocumentService;
import vn.edu.portal.content.MediaService;
import vn.edu.portal.disclosure.DisclosureService;
import vn.edu.portal.disclosure.SchoolYear;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The writes of {@link CityGenerator}, each batch one transaction through the services the admin
 * console and the parents' pages use (validation, revisions, audit, change log, search index,
 * outbox all included): many rows per commit instead of one, nothing written around a service.
 */
@ApplicationScoped
public class CityBatches {

    static final String ACTOR = "generator";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    ArticleService articles;

    @Inject
    ContentService content;

    @Inject
    DocumentService documents;

    @Inject
    MediaService media;

    @Inject
    DisclosureService disclosures;

    @Inject
    DemoDisclosures demoDisclosures;

    @Inject
    AdmissionForm admission;

    /** Articles {@code from} (inclusive) to {@code to} (exclusive) of a school's {@code count}, published in the past. */
    @Transactional
    public void articles(SiteInfo site, CityPlan.School school, int from, int to, int count, Instant now) {
        Map<String, Long> categories = content.categories(site.id()).stream()
                .collect(Collectors.toMap(Category::getSlug, Category::getId));
        ArticleService.Actor author = new ArticleService.Actor(ACTOR, "Ban biên tập " + school.name(), true, null);
        for (int k = from; k < to; k++) {
            DemoArticles.Sample sample = CityPlan.sample(school.level(), k);
            Instant at = CityPlan.publishedAt(school.index(), k, count, now);
            Long category = categories.getOrDefault(sample.category(), categories.get("tin-tuc"));
            String body = sample.body().replace("{{ten_truong}}", school.name());
            articles.importPublished(site.id(), new ArticleService.ArticleForm(category, CityPlan.articleTitle(sample, at, k),
                    null, sample.summary(), body, school.name(), false, null), null, at, author);
        }
    }

    /** Documents {@code from} to {@code to} of a school, each with its PDF. */
    @Transactional
    public void documents(SiteInfo site, CityPlan.School school, int from, int to, int count, LocalDate today) {
        for (int k = from; k < to; k++) {
            CityPlan.Document d = CityPlan.document(school, k, count, today);
            long pdf = media.upload(site.id(), "file", d.number().replace('/', '-') + ".pdf", DemoPdf.of(d.summary()),
                    ACTOR).getId();
            documents.save(site.id(), null, new DocumentService.DocumentForm(d.number(), d.type(), school.name(),
                    school.principal(), DAY.format(d.issuedOn()), null, d.summary(), true), pdf, true, ACTOR, null);
        }
    }

    /**
     * Runs one step of the generator in a transaction: on the generator's own threads an entity
     * manager used outside a transaction is not reliably open (Payara's non-transactional one is
     * cleaned up per invocation), so every read joins the step's transaction instead.
     */
    @Transactional
    public void inTransaction(Runnable step) {
        step.run();
    }

    /** Opens the school year in progress for a school. */
    public void openYear(SiteInfo site) {
        disclosures.openYear(site.id(), SchoolYear.label(SchoolYear.current()), ACTOR, null);
    }

    /** Publishes the share of its open year's items the plan gives the school, in one transaction. */
    @Transactional
    public int disclosure(SiteInfo site, int share) {
        int year = SchoolYear.current();
        int published = 0;
        for (DisclosureService.ItemView view : disclosures.items(site.id(), year)) {
            if (CityPlan.disclosed(share, view.item().getGroupNo())) {
                demoDisclosures.publish(site, year, view);
                published++;
            }
        }
        return published;
    }

    /** Grade 1 applications with serials {@code from} to {@code to} to one school. */
    @Transactional
    public void applications(AdmissionCampaign round, SiteInfo site, int from, int to) {
        for (int serial = from; serial < to; serial++) {
            admission.create(round, site.id(), UUID.randomUUID().toString().replace("-", ""),
                    CityPlan.application(serial, round.getSchoolYear() - 6, site.district()), null, ACTOR);
        }
    }
}
