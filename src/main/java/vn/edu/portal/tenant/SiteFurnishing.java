package vn.edu.portal.tenant;

import java.util.Map;

/**
 * What a new site gets besides its row: its pages, categories and menu. Implemented by the
 * feature that owns them ({@code content.SiteFurnisher}), so that {@code tenant}, below it in the
 * package graph, names none of it. Called inside the transaction that creates the site.
 */
public interface SiteFurnishing {

    /** The department portal's first menu (the department edits it afterwards like any menu). */
    void furnishDepartment(long siteId);

    /** A new school's pages, categories and menu from its portal template, the school's values filled in. */
    void furnishSchool(long siteId, PortalTemplate template, Map<String, String> values);
}
