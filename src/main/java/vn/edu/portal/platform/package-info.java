/**
 * What every feature stands on: configuration, the database and its migrations,
 * start-up order, health, request-wide filters (security headers, locale) and
 * validated uploads.
 */
package vn.edu.portal.platform;
