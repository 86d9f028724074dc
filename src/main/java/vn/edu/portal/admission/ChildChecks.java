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
 */
@ApplicationScoped
public class ChildChecks {

    static final String KIND = "admission-child";
    static final Throttles.Limit LIMIT = Throttles.Limit.of(10, Duration.ofHours(1));

    @Inject
    Throttles throttles;

    /** Counts one answer about the child of {@code typedId}; false, with the message next to the number, when none is left. */
    boolean left(AdmissionCampaign campaign, String typedId, FieldErrors errors) {
        String id = PersonalId.normalise(typedId);
        if (id.isEmpty()) {
            return true;
        }
        Duration wait = throttles.attempt(KIND, campaign.getId() + ":" + id, LIMIT);
        if (wait.isZero()) {
            return true;
        }
        errors.add("personalId", "admission.child.tooManyChecks", Math.max(1, (wait.toSeconds() + 59) / 60));
        return false;
    }
}
