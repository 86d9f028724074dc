/**
 * Tenants: the department, its sites (the department's own and one per school), host
 * aliases, and how a request finds its site from the Host header or the {@code /s/<slug>/}
 * path. Nothing of one site is reachable through another.
 */
package vn.edu.portal.tenant;
