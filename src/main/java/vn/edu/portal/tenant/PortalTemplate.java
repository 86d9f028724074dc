package vn.edu.portal.tenant;

import java.util.List;

/**
 * A starting point for a new school site (the {@code portal-templates/} folder): its menu,
 * news categories and starter pages, for one school level.
 */
public record PortalTemplate(String key, String name, SchoolLevel level, String theme,
                             List<MenuEntry> menu, List<CategoryEntry> categories, List<PageEntry> pages) {

    public record MenuEntry(String label, String link) {
    }

    public record CategoryEntry(String slug, String name) {
    }

    public record PageEntry(String slug, String title, String body) {
    }

    public String getKey() { return key; }
    public String getName() { return name; }
    public SchoolLevel getLevel() { return level; }
}
