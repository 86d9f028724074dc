/**
 * Tenants: the department, its sites (the department's own and one per school), host
 * aliases, and how a request finds its site from the Host header or the {@code /s/<slug>/}
 * path. Nothing of one site is reachable through another. What a site answers after its
 * host or slug is the features', declared through {@code web.SiteRoutes}.
 */
package vn.edu.portal.tenant;
