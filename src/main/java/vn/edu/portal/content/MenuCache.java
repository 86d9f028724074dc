package vn.edu.portal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The public menus of the sites, in memory. Once a menu change has committed (here or, through
 * the change log, on another server), the cached menu goes again: a page rendered while the change
 * was committing may have cached the old one after the remove inside the transaction.
 *
 * <p>A bean of its own, without an entity manager: an observer is made by whatever fires the
 * event, and Payara does not inject an entity manager into a bean first made inside a timer's or
 * another component's call, so {@link ContentService} (which has one) must not observe events.
 */
@ApplicationScoped
public class MenuCache {

    private final Map<Long, List<ContentService.MenuLink>> menus = new ConcurrentHashMap<>();

    List<ContentService.MenuLink> computeIfAbsent(long siteId, Function<Long, List<ContentService.MenuLink>> load) {
        return menus.computeIfAbsent(siteId, load);
    }

    void remove(long siteId) {
        menus.remove(siteId);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        if (change.key().equals("menu") || change.key().equals("pages")) {
            menus.remove(change.siteId());
        }
    }
}
