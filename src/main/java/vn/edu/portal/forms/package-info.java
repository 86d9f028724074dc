/**
 * What every public multi-step form shares, below the features that have forms (procedures,
 * admission): the one nightly retention job ({@link vn.edu.portal.forms.RetentionJob} runs each
 * feature's {@link vn.edu.portal.forms.FormRetention}), the refusal of a mailed code that does not
 * check out ({@link vn.edu.portal.forms.EmailProof}) and the look-up of a record by its code and
 * e-mail address ({@link vn.edu.portal.forms.ContactLookup}), a form as data (steps of typed fields:
 * {@link vn.edu.portal.forms.FormDefinition}, stored as JSON that names types, never classes), and
 * the engine (issue 15): one draft
 * table and serialisation ({@link vn.edu.portal.forms.FormDrafts}), submit-once with recovery from
 * a lost connection ({@link vn.edu.portal.forms.SubmitOnce}), codes and receipts
 * ({@link vn.edu.portal.forms.FormCodes}, {@link vn.edu.portal.forms.Receipts}), one upload policy
 * ({@link vn.edu.portal.forms.UploadPolicy}) and one history with mail
 * ({@link vn.edu.portal.forms.FormEvents}).
 */
package vn.edu.portal.forms;
