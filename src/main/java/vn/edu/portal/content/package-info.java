/**
 * What a site publishes: pages, news categories and the menu. (News articles, documents and
 * media build on this.) Every row carries its site id and every query is scoped by it.
 */
package vn.edu.portal.content;
