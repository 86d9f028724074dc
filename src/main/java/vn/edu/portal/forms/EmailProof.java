package vn.edu.portal.forms;

import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.security.OneTimeCodes;

/**
 * What a form says when the code mailed to prove an address does not check out, the same for
 * every feature: the refusal goes to the field {@code code}, with the message
 * {@code <feature>.code.wrong}, {@code .expired}, {@code .too_many_tries} or {@code .none}. Each
 * feature keeps its own texts under its prefix, since they name its own button ("Gửi lại mã",
 * "Gửi mã xác nhận").
 */
public final class EmailProof {

    private EmailProof() {
    }

    /** The message key of a failed check, under the feature's {@code prefix} ({@code proc}, {@code admission}). */
    public static String messageKey(String prefix, OneTimeCodes.Check check) {
        return prefix + ".code." + switch (check) {
            case WRONG -> "wrong";
            case EXPIRED -> "expired";
            case TOO_MANY_TRIES -> "too_many_tries";
            default -> "none";
        };
    }

    /** The refusal of a failed check, on the field {@code code}. */
    public static FieldErrors refusal(String prefix, OneTimeCodes.Check check) {
        return FieldErrors.of("code", messageKey(prefix, check));
    }
}
