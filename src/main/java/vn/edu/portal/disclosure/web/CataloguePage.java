package vn.edu.portal.disclosure.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import vn.edu.portal.disclosure.CatalogueItem;
import vn.edu.portal.disclosure.DisclosureBasis;
import vn.edu.portal.disclosure.DisclosureCatalogue;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;
import vn.edu.portal.tenant.SchoolLevel;

/** The department's catalogue of disclosure items by legal basis; {@code ?id=} edits one item. */
@Named
@ViewScoped
public class CataloguePage implements Serializable {

    @Inject
    transient AdminShell shell;

    @Inject
    transient DisclosureCatalogue disclosures;

    private Long id;
    private String title;
    private List<String> levels = new ArrayList<>();
    private int month;
    private int day;
    private int yearOffset;
    private int updateDays;
    private boolean active;
    private String deadlineSource;
    private List<CitationRow> citations = new ArrayList<>();

    /** A citation as the form edits it: for which levels, the article, clause and point. */
    public static class CitationRow implements Serializable {
        private final long id;
        private final String levels;
        private String article;
        private String clause;
        private String point;

        CitationRow(vn.edu.portal.disclosure.Citation c) {
            this.id = c.getId();
            this.levels = c.getLevels();
            this.article = String.valueOf(c.getArticle());
            this.clause = c.getClause() == null ? "" : String.valueOf(c.getClause());
            this.point = c.getPoint() == null ? "" : c.getPoint();
        }

        public long getId() { return id; }
        public String getLevels() { return levels; }
        public String getArticle() { return article; }
        public void setArticle(String article) { this.article = article; }
        public String getClause() { return clause; }
        public void setClause(String clause) { this.clause = clause; }
        public String getPoint() { return point; }
        public void setPoint(String point) { this.point = point; }
    }

    @PostConstruct
    void init() {
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (requested != null && requested.matches("\\d{1,18}")) {
            disclosures.catalogueItem(Long.parseLong(requested)).ifPresent(this::load);
        }
    }

    private void load(CatalogueItem item) {
        id = item.getId();
        title = item.getTitle();
        levels = new ArrayList<>(item.levelSet().stream().map(Enum::name).toList());
        month = item.getDeadlineMonth();
        day = item.getDeadlineDay();
        yearOffset = item.getDeadlineYearOffset();
        updateDays = item.getUpdateDays();
        active = item.isActive();
        deadlineSource = item.getDeadlineSource();
        citations = new ArrayList<>(disclosures.citations(item.getId()).stream().map(CitationRow::new).toList());
    }

    /** The levels of a citation in words ("Mầm non, Tiểu học"). */
    public String levelNames(String levels) {
        return java.util.Arrays.stream(levels.split(",")).map(l -> Texts.get("level." + l.strip()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Where an item of the list comes from, level by level. */
    public String citationsOf(CatalogueItem item) {
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<String> out = new ArrayList<>();
        for (vn.edu.portal.disclosure.Citation c : citationsByItem().getOrDefault(item.getId(), List.of())) {
            out.add(levelNames(c.getLevels()) + ": " + c.text(locale));
        }
        return out.isEmpty() ? Texts.get("disclosure.citation.none") : String.join(" · ", out);
    }

    private transient java.util.Map<Long, List<vn.edu.portal.disclosure.Citation>> byItem;

    private java.util.Map<Long, List<vn.edu.portal.disclosure.Citation>> citationsByItem() {
        if (byItem == null) {
            byItem = new java.util.HashMap<>();
            for (DisclosureBasis b : disclosures.bases()) {
                byItem.putAll(disclosures.citations(b.getCode()));
            }
        }
        return byItem;
    }

    public List<DisclosureBasis> getBases() {
        return disclosures.bases();
    }

    public List<CatalogueItem> items(String basis) {
        return disclosures.catalogue(basis);
    }

    public String years(DisclosureBasis basis) {
        return Texts.get("disclosure.catalogue.years", String.valueOf(basis.getFromYear()),
                basis.getToYear() == null ? "…" : String.valueOf(basis.getToYear()));
    }

    public CatalogueItem getItem() {
        return id == null ? null : disclosures.catalogueItem(id).orElse(null);
    }

    public String save() {
        StaffContext staff = shell.staff();
        try {
            EnumSet<SchoolLevel> set = EnumSet.noneOf(SchoolLevel.class);
            levels.forEach(l -> set.add(SchoolLevel.valueOf(l)));
            disclosures.editItem(id, title, set, month, day, yearOffset, updateDays, active, deadlineSource,
                    citations.stream().map(c -> new DisclosureCatalogue.CitationInput(c.getId(), c.getArticle(), c.getClause(),
                            c.getPoint())).toList(), staff.username(), staff.ip());
            byItem = null;
            Texts.info("disclosure.catalogue.saved");
        } catch (FieldErrors e) {
            Texts.show("item", e);
        }
        return null;
    }

    public SchoolLevel[] getAllLevels() { return SchoolLevel.values(); }
    public Long getId() { return id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public List<String> getLevels() { return levels; }
    public void setLevels(List<String> levels) { this.levels = levels; }
    public int getMonth() { return month; }
    public void setMonth(int month) { this.month = month; }
    public int getDay() { return day; }
    public void setDay(int day) { this.day = day; }
    public int getYearOffset() { return yearOffset; }
    public void setYearOffset(int yearOffset) { this.yearOffset = yearOffset; }
    public int getUpdateDays() { return updateDays; }
    public void setUpdateDays(int updateDays) { this.updateDays = updateDays; }
    public boolean isActive() { return active; }
    public String getDeadlineSource() { return deadlineSource; }
    public void setDeadlineSource(String deadlineSource) { this.deadlineSource = deadlineSource; }
    public List<CitationRow> getCitations() { return citations; }
    public void setActive(boolean active) { this.active = active; }
}
