package vn.edu.portal.feed.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.edu.portal.feed.ExternalFeedService;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;

/** The department registers the feeds of schools hosted elsewhere; the aggregate shows their news. */
@Named
@ViewScoped
public class ExternalFeedsPage implements java.io.Serializable {

    @Inject
    transient AdminShell shell;

    @Inject
    transient ExternalFeedService feeds;

    private String name;
    private String url;

    /** The feeds as drawn: "Gỡ" removes the feed the user saw ({@link vn.edu.portal.platform.AsDrawn}). */
    public List<ExternalFeedService.ExternalFeedInfo> getFeeds() {
        return list.get(feeds::list);
    }

    private final vn.edu.portal.platform.AsDrawn<ExternalFeedService.ExternalFeedInfo> list = new vn.edu.portal.platform.AsDrawn<>();

    public void register() {
        StaffContext staff = shell.staff();
        try {
            feeds.register(name, url, null, staff.username(), staff.ip());
            Texts.info("feed.registered", name);
            name = null;
            url = null;
        } catch (FieldErrors e) {
            Texts.show("register", e);
        }
    }

    public void remove(long id) {
        StaffContext staff = shell.staff();
        feeds.remove(id, staff.username(), staff.ip());
        Texts.info("feed.removed");
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
}
