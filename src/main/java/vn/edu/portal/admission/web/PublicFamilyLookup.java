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
    List<FormEvent> history = List.of();
    boolean canEnrol;
    boolean confirmWithdraw;
    boolean withdrawCodeSent;
    boolean correctCodeSent;
    boolean enrolCodeSent;

    public String getCode() { return code; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getCurWard() { return curWard; }
    public String getCurStreet() { return curStreet; }
    /** The application of the code and e-mail posted, on this school's site; null when none. */
    public AdmissionApplication getFound() { return found; }
    public List<FormEvent> getHistory() { return history; }
    /** Whether the enrolment button is offered: the family sees the child admitted. */
    public boolean isCanEnrol() { return canEnrol; }
    /** Whether the page asks the family to confirm the withdrawal they pressed for. */
    public boolean isConfirmWithdraw() { return confirmWithdraw; }
    /** Whether this answer mailed the code that confirms the withdrawal. */
    public boolean isWithdrawCodeSent() { return withdrawCodeSent; }
    public boolean isCorrectCodeSent() { return correctCodeSent; }
    /** Whether this answer mailed the code that confirms enrolment. */
    public boolean isEnrolCodeSent() { return enrolCodeSent; }
}
