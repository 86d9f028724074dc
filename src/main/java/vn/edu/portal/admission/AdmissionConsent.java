package vn.edu.portal.admission;

import java.util.Locale;
import vn.edu.portal.platform.Texts;

/**
 * The consent of an application (step 4): a box of its own, beside the text of what the family agrees to
 * (Law 91/2025/QH15 on personal data protection: who processes which data, for what, until when, and what
 * else it can do), with the round's retention date. The text read is recorded with the application in the
 * language the page was in.
 */
public final class AdmissionConsent {

    /** The step whose box records the consent. */
    public static final int STEP = 4;
    /** The draft's value naming the language the consent was read in. */
    public static final String LANGUAGE = "consentLanguage";

    private AdmissionConsent() {
    }

    public static String text(Locale locale, AdmissionCampaign campaign) {
        return Texts.get(locale, "admission.consent.text", AdmissionRounds.day(campaign.retentionUntil));
    }
}
