package vn.edu.portal.platform;

/** The names of the metrics that several features count into, with their help texts. */
public final class MetricNames {

    public static final String SUBMITS = "portal_submits_total";
    public static final String SUBMITS_HELP = "Final submits of public forms by feature (procedure, admission) and outcome "
            + "(accepted; refused: a wrong code or a field; failed: the database did not answer)";
    public static final String LOOKUPS = "portal_lookups_total";
    public static final String LOOKUPS_HELP = "Public look-ups by a code and a secret, by kind and outcome (counted, or throttled: refused with 429)";
    public static final String GATE = "portal_waiting_room_answers_total";
    public static final String GATE_HELP = "Requests of the admission form at the waiting room's door, by outcome (admitted, waiting)";

    private MetricNames() {
    }
}
