package vn.edu.portal.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Throttles;

/**
 * The first step of the application form answers questions about a real child: whether it has an
 * application in the round, whether a name or a date of birth is the one of its imported record.
 * A draft costs nothing to start, so these answers are counted per child and round when the step is
 * saved, as a look-up is (ten an hour, {@code portal.throttle.admission-child}): a date of birth
 * cannot be found by trying the days of the year the number gives. The submit checks again without
 * counting (a family pressing it again in an outage is never told to wait an hour), and a draft
 * reaches the submit only through the first step.
 * <p>
 * They are counted per client address too ({@code portal.throttle.admission-child-address}, 600 in
 * ten minutes, the look-ups' limit: families share an operator's address on the morning): each
 * serial number tried is another child, so the limit per child alone let one visitor try the serials
 * of a known name, year and sex until the record said the name matched.
 */
@ApplicationScoped
public class ChildChecks {

    static final String KIND = "admission-child";
    static final Throttles.Limit LIMIT = Throttles.Limit.of(10, Duration.ofHours(1));
    static final String BY_ADDRESS = "admission-child-address";
    static final Throttles.Limit ADDRESS_LIMIT = Throttles.Limit.of(600, Duration.ofMinutes(10));

    @Inject
    Throttles throttles;

    /**
     * Counts one answer about the child of {@code typedId} asked from {@code ip}; false, with the
     * message next to the number, when none is left for the child or the address.
     */
    boolean left(AdmissionCampaign campaign, String typedId, String ip, FieldErrors errors) {
        String id = PersonalId.normalise(typedId);
        if (id.isEmpty()) {
            return true;
        }
        String message = "admission.child.tooManyChecks";
        Throttles.Limit limit = LIMIT;
        Duration wait = throttles.attempt(KIND, campaign.getId() + ":" + id, LIMIT);
        if (wait.isZero() && !throttles.exempt(ip)) {
            wait = throttles.attempt(BY_ADDRESS, String.valueOf(ip), ADDRESS_LIMIT);
            message = "admission.child.tooManyFromAddress";
            limit = ADDRESS_LIMIT;
        }
        if (wait.isZero()) {
            return true;
        }
        // Never more minutes than the window the message names ("in one hour", then "try again in 61 minutes").
        errors.add("personalId", message, Math.max(1, Math.min(limit.window().toMinutes(), (wait.toSeconds() + 59) / 60)));
        return false;
    }
}
