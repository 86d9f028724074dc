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

    /** The language kept with the draft for a page in {@code typed} ("en" or "vi"). */
    static String language(String typed) {
        return "en".equals(typed) ? "en" : "vi";
    }

    /** The text the family read, as recorded with the application made from the draft's {@code values}. */
    static String recorded(java.util.Map<String, String> values, AdmissionCampaign campaign) {
        return text(locale(values.get(LANGUAGE)), campaign);
    }

    /**
     * The language of the family's mails: the one the consent was read in ("en" or "vi", kept with the
     * draft and then the application); Vietnamese for anything else, and for applications kept before.
     */
    static Locale locale(String language) {
        return vn.edu.portal.platform.PortalViewHandler.ofLanguage(language);
    }
}
