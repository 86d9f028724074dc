/**
 * First-grade admission (tuyển sinh lớp 1): campaigns with phases, zones and quotas; applications
 * submitted by parents without an account; school verification; a reproducible allocation with a
 * published lottery seed; masked public lists and results; enrolment confirmation.
 */
package vn.edu.portal.admission;
