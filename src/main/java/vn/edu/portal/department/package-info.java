/**
 * The department's own portal, beyond its news: the school directory (filtered by level,
 * ward/commune and public or private), the disclosure overview of every school for the current
 * school year, every school's procedures in one list, and the open-data files (the directory and
 * the disclosure overview as CSV and JSON; admission publishes its own figures). Since 1 July 2025
 * there are no districts: schools are grouped and filtered by their ward or commune. It owns no
 * data: it reads sites, disclosures and procedures through their services.
 */
package vn.edu.portal.department;
