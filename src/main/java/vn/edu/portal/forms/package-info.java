/**
 * What every public multi-step form shares, below the features that have forms (procedures,
 * admission): for now the one nightly retention job ({@link vn.edu.portal.forms.RetentionJob} runs
 * each feature's {@link vn.edu.portal.forms.FormRetention}). The rest of the shared machinery
 * (drafts, the e-mail proof, submit-once, look-ups) is to move here (issue 15).
 */
package vn.edu.portal.forms;
