package vn.edu.portal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.edu.portal.platform.Cluster;
import vn.edu.portal.platform.ClusterChange;

/**
 * Content changes cross to the other servers through the shared change log: recorded in the
 * transaction that makes them, fired again on every other server as if made there.
 */
@ApplicationScoped
public class ContentChangeLog {

    static final String KIND = "content";

    @Inject
    Cluster cluster;

    @Inject
    Event<ContentChanged> changed;

    /** In the changing transaction: the row commits (or not) with the change itself. */
    void record(@Observes ContentChanged change) {
        if (!change.fromLog()) {
            cluster.record(KIND, change.siteId(), change.key());
        }
    }

    void apply(@Observes ClusterChange change) {
        if (KIND.equals(change.kind()) && change.siteId() != null && change.key() != null) {
            changed.fire(new ContentChanged(change.siteId(), change.key(), true));
        }
    }
}
