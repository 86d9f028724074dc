package vn.edu.portal.admission.web;

import java.util.Arrays;

/** Which round a console page is about, from the values of its {@code campaign} parameter. */
final class RoundChoice {

    private RoundChoice() {
    }

    /**
     * The round's number among the values sent (a browser sends the form's own field of the same
     * name too), "" when none is a number (a new round), null when nothing was sent.
     */
    static String of(String[] sent) {
        return sent == null ? null : Arrays.stream(sent).filter(v -> v.matches("\\d{1,18}")).findFirst().orElse("");
    }
}
