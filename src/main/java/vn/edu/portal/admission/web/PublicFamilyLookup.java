package vn.edu.portal.admission.web;

import java.util.List;
import vn.edu.portal.admission.AdmissionApplication;
import vn.edu.portal.forms.FormEvent;

/**
 * What the family's look-up ({@code tuyen-sinh/tra-cuu}) shows on one request, prepared by
 * {@link AdmissionFamilyLookup} and read by the view as {@code #{family}}: what was typed, the
 * application found with its history, and the messages ({@link PlainAnswer}; the fields with one:
 * {@code code}, {@code phone}, {@code curWard}, {@code curStreet}).
 */
public class PublicFamilyLookup extends PlainAnswer {

    public static final String ATTRIBUTE = "family";

    String code = "";
    String email = "";
    String phone = "";
    String curWard = "";
    String curStreet = "";
    AdmissionApplication found;
    /** Why the application is in its group, in the page's language. */
    String zoneNote = "";
    List<FormEvent> history = List.of();
    boolean canEnrol;
    boolean confirmWithdraw;
    boolean withdrawCodeSent;
    boolean correctCodeSent;
    boolean enrolCodeSent;
    boolean showCodeSent;
    boolean shown;
    String criteria = "";
    String preferences = "";

    public String getCode() { return code; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getCurWard() { return curWard; }
    public String getCurStreet() { return curStreet; }
    /**
     * The child's name as public lists show it: the code and the e-mail address are on a receipt a
     * family may have shown, so the look-up shows no full name, phone or street.
     */
    public String getChildName() { return found == null ? "" : vn.edu.portal.admission.NameMask.mask(found.getChildName()); }
    /** The application's phone with its middle hidden ("09•••••567"), for the family to recognise it. */
    public String getCurrentPhone() { return found == null ? "" : maskedPhone(found.getPhone()); }
    /** The ward of the current address (its group is on the page anyway); never the street. */
    public String getCurrentWard() {
        return found == null || found.getCurrent() == null || found.getCurrent().getWard() == null ? "" : found.getCurrent().getWard();
    }

    static String maskedPhone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return "";
        }
        int n = phone.length();
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append(n >= 6 && (i < 2 || i >= n - 3) ? phone.charAt(i) : '•');
        }
        return out.toString();
    }

    /** The application of the code and e-mail posted, on this school's site; null when none. */
    public AdmissionApplication getFound() { return found; }
    public String getZoneNote() { return zoneNote; }
    public List<FormEvent> getHistory() { return history; }
    /** Whether the enrolment button is offered: the family sees the child admitted. */
    public boolean isCanEnrol() { return canEnrol; }
    /** Whether the page asks the family to confirm the withdrawal they pressed for. */
    public boolean isConfirmWithdraw() { return confirmWithdraw; }
    /** Whether this answer mailed the code that confirms the withdrawal. */
    public boolean isWithdrawCodeSent() { return withdrawCodeSent; }
    public boolean isCorrectCodeSent() { return correctCodeSent; }
    /** Whether this answer mailed the code that shows everything the application holds. */
    public boolean isShowCodeSent() { return showCodeSent; }
    /** Whether the family typed that code: the page shows everything the application holds, this once. */
    public boolean isShown() { return shown; }
    /** Shown with everything else: the criteria claimed and the schools ranked, as people read them. */
    public String getCriteria() { return criteria; }
    public String getPreferences() { return preferences; }
    /** Whether this answer mailed the code that confirms enrolment. */
    public boolean isEnrolCodeSent() { return enrolCodeSent; }
}
