/**
 * Administrative procedures (thủ tục hành chính): the catalogue a department or school offers,
 * online forms kept as data in versions, parents' submissions with tracking codes and e-mail
 * confirmation, the staff queue counted in working days, and retention of personal data.
 */
package vn.edu.portal.procedure;
