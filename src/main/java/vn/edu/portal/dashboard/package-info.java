/**
 * What needs doing, on the first screen of the staff console: for each role on a site its own
 * list (an editor's drafts and returned articles, an approver's queue, a school admin's requests
 * due or late, disclosures missing or late, applications to verify, the website rubric and what
 * is about to expire), and for the department the same per school, the schools furthest behind
 * first. It owns no data: it reads content, procedures, disclosures and admission through their
 * services only.
 */
package vn.edu.portal.dashboard;
