/**
 * Full-text search over what the sites publish (articles, documents and pages), in one Lucene
 * index for the whole portal. Every indexed document carries its site, and a search for one site
 * filters on it inside the query, so no site's results show, count or rank another site's documents.
 * Vietnamese is matched with or without diacritics ({@code truong hoc} finds {@code trường học});
 * exact spelling, title matches, words side by side and recent dates rank higher. Snippets are
 * escaped HTML with the matched words in {@code <mark>}. What visitors type is taken as words,
 * never as query syntax. Other features call {@link vn.edu.portal.search.SearchService}: they index
 * what they publish, remove what they withdraw, and rebuild a site or everything from their own data.
 */
package vn.edu.portal.search;
