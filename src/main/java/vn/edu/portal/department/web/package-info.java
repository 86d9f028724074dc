/**
 * The department portal's public pages (plain Facelets, GET-only filters, no session) and its
 * open-data files, routed from the department's own host.
 */
package vn.edu.portal.department.web;
