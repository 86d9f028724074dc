/**
 * Syndication: RSS 2.0 and Atom 1.0 feeds of a site and of the department aggregate, the
 * sitemap, conditional GET for both, and the external feeds of schools hosted elsewhere, which
 * the department registers and a background poller copies into the database. Pages only ever
 * read stored items; no request waits for a remote server.
 */
package vn.edu.portal.feed;
