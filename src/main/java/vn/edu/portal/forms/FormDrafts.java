package vn.edu.portal.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The drafts of every public form ({@link FormDraft}): one table, one serialisation, one token
 * rule. A draft is found only with its token on the site it was opened on and for the form it
 * belongs to, so a token from another school's or another form's page opens nothing. The final
 * submit locks the draft's row ({@link #lockForSubmit}): a double click or a retried request waits
 * for the first, then finds what it made.
 */
@ApplicationScoped
public class FormDrafts {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    /** A new random token: 24 bytes, 32 characters of URL-safe Base64. */
    public static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean wellFormedToken(String token) {
        return token != null && token.length() == 32 && token.matches("[A-Za-z0-9_-]{32}");
    }

    /** The draft of a token, if it was opened on this site for this form. */
    public Optional<FormDraft> find(long siteId, String formKind, long formKey, String token) {
        return find(siteId, formKind, token).filter(d -> d.getFormKey() == formKey);
    }

    /** The draft of a token, if it was opened on this site for a form of this kind. */
    public Optional<FormDraft> find(long siteId, String formKind, String token) {
        if (!wellFormedToken(token)) {
            return Optional.empty();
        }
        return em.createQuery("select d from FormDraft d where d.token = :t", FormDraft.class)
                .setParameter("t", token).getResultStream()
                .filter(d -> d.getSiteId() == siteId && d.getFormKind().equals(formKind)).findFirst();
    }

    /**
     * The draft of a token, or a new one: the token the page made is used when it is well formed
     * and nobody has it yet (so the first post of a form opens its draft), a fresh one otherwise.
     */
    @Transactional
    public FormDraft open(long siteId, String formKind, long formKey, Long formVersion, String token, int firstStep,
                          Duration lifetime) {
        Optional<FormDraft> existing = find(siteId, formKind, formKey, token);
        if (existing.isPresent()) {
            return existing.get();
        }
        boolean usable = wellFormedToken(token) && em.createQuery("select count(d) from FormDraft d where d.token = :t",
                Long.class).setParameter("t", token).getSingleResult() == 0;
        FormDraft draft = new FormDraft(usable ? token : newToken(), siteId, formKind, formKey, formVersion, firstStep,
                lifetime);
        em.persist(draft);
        return draft;
    }

    /** Keeps the values and the step (always: what was typed is never lost, valid or not). */
    @Transactional
    public FormDraft save(FormDraft draft, int step, Map<String, String> values) {
        FormDraft managed = em.merge(draft);
        managed.save(step, DraftValues.json(values));
        return managed;
    }

    /** The draft moves to a new version of its form, keeping the values {@code kept}; it starts again at step 0. */
    @Transactional
    public FormDraft switchVersion(FormDraft draft, Long formVersion, Map<String, String> kept) {
        FormDraft managed = em.merge(draft);
        managed.switchVersion(formVersion);
        managed.save(0, DraftValues.json(kept));
        return managed;
    }

    /** The address a code is sent to and the consent, with the text that was shown. */
    @Transactional
    public FormDraft consent(FormDraft draft, String email, String consentText, int nextStep, java.util.Locale language) {
        FormDraft managed = em.merge(draft);
        managed.consent(email, consentText, language.getLanguage().equals("en") ? "en" : "vi");
        managed.save(nextStep, managed.getData());
        return managed;
    }

    /**
     * The draft's row, locked until the caller's transaction ends (call it inside one), whatever
     * site or form: the caller checks them. The first plain read after the lock sees what a
     * submit that held it before committed.
     */
    public Optional<FormDraft> lockForSubmit(String token) {
        if (!wellFormedToken(token)) {
            return Optional.empty();
        }
        return em.createQuery("select d from FormDraft d where d.token = :t", FormDraft.class)
                .setParameter("t", token).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    /** The submit made {@code resultId} of the (locked, managed) draft; {@code clearValues} once they are copied. */
    public void submitted(FormDraft lockedDraft, long resultId, boolean clearValues) {
        lockedDraft.submitted(resultId, clearValues);
    }

    /** Drafts of a kind past their expiry, oldest first, at most {@code max} (the retention works in batches). */
    public List<FormDraft> expired(String formKind, Instant now, int max) {
        return em.createQuery("select d from FormDraft d where d.formKind = :k and d.expiresAt < :now order by d.id",
                FormDraft.class).setParameter("k", formKind).setParameter("now", now).setMaxResults(max).getResultList();
    }

    /** Every draft of one form (a round whose personal data goes). */
    public List<FormDraft> ofForm(String formKind, long formKey) {
        return em.createQuery("select d from FormDraft d where d.formKind = :k and d.formKey = :f order by d.id",
                FormDraft.class).setParameter("k", formKind).setParameter("f", formKey).getResultList();
    }

    /** Removes a draft (inside the caller's transaction); its files are the feature's to delete first. */
    public void remove(FormDraft draft) {
        em.remove(em.contains(draft) ? draft : em.merge(draft));
    }
}
