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
import vn.edu.portal.disclosure.DisclosureService;
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
    transient DisclosureService disclosures;

    private Long id;
    private String title;
    private List<String> levels = new ArrayList<>();
    private int month;
    private int day;
    private int yearOffset;
    private int updateDays;
    private boolean active;

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
            disclosures.editItem(id, title, set, month, day, yearOffset, updateDays, active, staff.username(), staff.ip());
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
    public void setActive(boolean active) { this.active = active; }
}
