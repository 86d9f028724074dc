package vn.edu.portal.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import vn.edu.portal.forms.FormRetention;

/** Procedures' part of the nightly retention: submissions past their procedure's retention period are anonymised. */
@ApplicationScoped
public class SubmissionRetention implements FormRetention {

    @Inject
    SubmissionService submissions;

    @Override
    public String name() {
        // The name the night's run had in job_run before the job was shared.
        return "retention";
    }

    @Override
    public String apply(Instant now) {
        return submissions.applyRetention(now) + " submissions anonymised";
    }
}
