/**
 * What every feature stands on: configuration, the database and its migrations, what the
 * start-up needs done first (the start-up itself, which wires the features, is {@code startup}),
 * health, request-wide filters (security headers, locale) and validated uploads.
 */
package vn.edu.portal.platform;
