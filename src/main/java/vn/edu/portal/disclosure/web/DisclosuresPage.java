package vn.edu.portal.disclosure.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.edu.portal.disclosure.DisclosureSection;
import vn.edu.portal.disclosure.DisclosureService;
import vn.edu.portal.disclosure.SchoolYear;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;

/** A school's disclosures: its school years, opening a new one, and the year's items with their state and deadline. */
@Named
@ViewScoped
public class DisclosuresPage implements Serializable {

    @Inject
    transient AdminShell shell;

    @Inject
    transient DisclosureService disclosures;

    private Integer year;
    private String newYear = SchoolYear.label(SchoolYear.current());
    private transient List<DisclosureService.ItemView> items;

    @PostConstruct
    void init() {
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("nam");
        List<DisclosureSection> sections = getSections();
        if (requested != null && requested.matches("\\d{4}")) {
            int wanted = Integer.parseInt(requested);
            year = sections.stream().anyMatch(s -> s.getStartYear() == wanted) ? wanted : null;
        }
        if (year == null && !sections.isEmpty()) {
            year = sections.get(0).getStartYear();
        }
    }

    public List<DisclosureSection> getSections() {
        return disclosures.sections(shell.staff().siteId());
    }

    public List<DisclosureService.ItemView> getItems() {
        if (items == null) {
            items = year == null ? List.of() : disclosures.items(shell.staff().siteId(), year);
        }
        return items;
    }

    /** Where an item comes from at the school's level ("Điều 8 khoản 1, Thông tư 09/2024/TT-BGDĐT"). */
    public String citation(DisclosureService.ItemView item) {
        String cited = item.citation(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return cited == null ? Texts.get("disclosure.citation.none") : cited;
    }

    public DisclosureService.Summary getSummary() {
        return disclosures.summary(getItems());
    }

    public String getSummaryText() {
        DisclosureService.Summary s = getSummary();
        return Texts.get("disclosure.summary", s.published(), s.applicable(), s.percent());
    }

    public String open() {
        StaffContext staff = shell.staff();
        try {
            DisclosureSection section = disclosures.openYear(staff.siteId(), newYear, staff.username(), staff.ip());
            Texts.info("disclosure.year.opened", section.getLabel());
            year = section.getStartYear();
            items = null;
        } catch (FieldErrors e) {
            Texts.show("open", e);
        }
        return null;
    }

    public String getYearLabel() {
        return year == null ? "" : SchoolYear.label(year);
    }

    public String getYearSlug() {
        return year == null ? "" : SchoolYear.slug(year);
    }

    public Integer getYear() { return year; }
    public String getNewYear() { return newYear; }
    public void setNewYear(String newYear) { this.newYear = newYear; }
}
