package vn.edu.portal.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import vn.edu.portal.demo.DemoData;
import vn.edu.portal.security.SetupService;
import vn.edu.portal.tenant.PortalTemplates;
import vn.edu.portal.tenant.SiteService;
import vn.edu.portal.theme.ThemeRegistry;

/**
 * Start-up order: the static files, the schema (Flyway), the department and its site from
 * configuration, then either the demo data (embedded database only; its pictures in the
 * background, once the server answers) or the set-up token for the first admin.
 */
@WebListener
public class PortalStartup implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());

    @Inject
    DatabaseMigration migration;

    @Inject
    SiteService sites;

    @Inject
    DemoData demo;

    @Inject
    SetupService setup;

    @Inject
    PortalConfig config;

    @Inject
    ThemeRegistry themes;

    @Inject
    PageCache pageCache;

    @Inject
    vn.edu.portal.search.web.SearchIndexing searchIndexing;

    @Inject
    PortalTemplates templates;

    @Inject
    Cluster cluster;

    @Inject
    Assets assets;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        assets.load(event.getServletContext());
        themes.load(event.getServletContext());
        templates.load(event.getServletContext());
        migration.ensureMigrated();
        pageCache.setAggregateSiteId(sites.ensureDepartmentSite());
        String baseUrl = config.get("portal.public.base-url", "http://localhost:8080");
        pageCache.setTtlSeconds(config.getLong("portal.cache.ttl-seconds", 60));
        searchIndexing.start();
        if (config.demoEnabled()) {
            demo.loadOnce();
            searchIndexing.reindex(null);
            executor.execute(() -> {
                long start = System.nanoTime();
                demo.loadPictures();
                LOG.info(() -> String.format("Demo pictures loaded in %.1f s", (System.nanoTime() - start) / 1e9));
            });
            LOG.info(demo.banner(baseUrl, StartupClock.describe()));
        } else {
            searchIndexing.catchUp();
            if (setup.needed()) {
                setup.announce(baseUrl);
            } else {
                LOG.info(() -> "School portal ready at " + baseUrl + "/");
            }
        }
        cluster.startPolling();
    }
}
