package vn.edu.portal.admission;

/** Rounds for tests outside this package (the round's setters are the package's own). */
public final class TestRounds {

    private TestRounds() {
    }

    /** A round of {@code grade} at school 1, with up to {@code preferences} schools of preference (1: none). */
    public static AdmissionCampaign of(EntryGrade grade, int preferences) {
        AdmissionCampaign c = new AdmissionCampaign(1, 2026, "Tuyển sinh 2026–2027");
        c.setEntryGrade(grade);
        c.setPreferencesAllowed(preferences > 1);
        c.setMaxPreferences(preferences);
        return c;
    }
}
