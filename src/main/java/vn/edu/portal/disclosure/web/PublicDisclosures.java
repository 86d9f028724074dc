package vn.edu.portal.disclosure.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import vn.edu.portal.disclosure.CatalogueItem;
import vn.edu.portal.disclosure.DisclosureEntry;
import vn.edu.portal.disclosure.DisclosureSection;
import vn.edu.portal.disclosure.DisclosureService;
import vn.edu.portal.disclosure.ItemKind;
import vn.edu.portal.disclosure.SchoolYear;
import vn.edu.portal.disclosure.Tables;
import vn.edu.portal.tenant.CurrentSite;

/**
 * The public "Công khai" page of a school ({@code cong-khai}, {@code cong-khai/2026-2027}):
 * the published items of one school year grouped as in the circular, each with its date and
 * its superseded versions. Only published and superseded versions are ever read here.
 */
@Named
@RequestScoped
public class PublicDisclosures {

    /** The start year the route chose, as a request attribute. */
    public static final String YEAR = "portal.disclosure.year";

    /** A version as the public sees it: its text or file, and its table with rates (null for text). */
    public record Version(DisclosureEntry entry, String fileUrl, Tables.Rendered table) {
        public DisclosureEntry getEntry() { return entry; }
        public String getFileUrl() { return fileUrl; }
        public Tables.Rendered getTable() { return table; }
    }

    /** A published item with where it comes from, its current version and older ones. */
    public record Item(CatalogueItem item, String citation, Version current, List<Version> older) {
        public CatalogueItem getItem() { return item; }
        public String getCitation() { return citation; }
        public Version getCurrent() { return current; }
        public List<Version> getOlder() { return older; }
    }

    public record Group(int number, List<Item> items) {
        public int getNumber() { return number; }
        public List<Item> getItems() { return items; }
    }

    @Inject
    HttpServletRequest request;

    @Inject
    DisclosureService disclosures;

    private List<Group> groups;

    private long siteId() {
        return CurrentSite.of(request).site().id();
    }

    public int getYear() {
        return (Integer) request.getAttribute(YEAR);
    }

    public String getYearLabel() {
        return SchoolYear.label(getYear());
    }

    /** The years to choose from: every published year (kept at least five years, never deleted). */
    public List<DisclosureSection> getYears() {
        return disclosures.publishedSections(siteId());
    }

    public String slug(int startYear) {
        return SchoolYear.slug(startYear);
    }

    public String label(int startYear) {
        return SchoolYear.label(startYear);
    }

    public List<Group> getGroups() {
        if (groups != null) {
            return groups;
        }
        groups = new ArrayList<>();
        long site = siteId();
        for (DisclosureService.ItemView view : disclosures.items(site, getYear())) {
            if (view.published() == null) {
                continue;
            }
            List<Version> older = new ArrayList<>();
            for (DisclosureEntry e : view.superseded()) {
                older.add(version(site, view, e));
            }
            Item item = new Item(view.item(), view.citation(vn.edu.portal.platform.PortalViewHandler.localeOf(request)),
                    version(site, view, view.published()), older);
            Group group = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (group == null || group.number() != view.item().getGroupNo()) {
                group = new Group(view.item().getGroupNo(), new ArrayList<>());
                groups.add(group);
            }
            group.items().add(item);
        }
        return groups;
    }

    private Version version(long site, DisclosureService.ItemView view, DisclosureEntry e) {
        return new Version(e, disclosures.fileUrl(site, e), view.item().getKind() == ItemKind.TABLE
                ? disclosures.table(site, view.item(), e, vn.edu.portal.platform.PortalViewHandler.localeOf(request)) : null);
    }

    public boolean isNothing() {
        return getGroups().isEmpty();
    }
}
