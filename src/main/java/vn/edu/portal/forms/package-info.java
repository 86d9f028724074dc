/**
 * What every public multi-step form shares, below the features that have forms (procedures,
 * admission): the one nightly retention job ({@link vn.edu.portal.forms.RetentionJob} runs each
 * feature's {@link vn.edu.portal.forms.FormRetention}), the refusal of a mailed code that does not
 * check out ({@link vn.edu.portal.forms.EmailProof}) and the look-up of a record by its code and
 * e-mail address ({@link vn.edu.portal.forms.ContactLookup}). The rest of the shared machinery
 * (drafts, steps, submit-once, receipts) is to move here (issue 15).
 */
package vn.edu.portal.forms;
