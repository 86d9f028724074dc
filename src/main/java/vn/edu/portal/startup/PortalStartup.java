package vn.edu.portal.startup;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import vn.edu.portal.demo.DemoData;
import vn.edu.portal.platform.Assets;
import vn.edu.portal.platform.Cluster;
import vn.edu.portal.platform.DatabaseMigration;
import vn.edu.portal.platform.PageCache;
import vn.edu.portal.platform.PersistentBeans;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.platform.StartupClock;
import vn.edu.portal.security.SetupService;
import vn.edu.portal.tenant.PortalTemplates;
import vn.edu.portal.tenant.SiteService;
import vn.edu.portal.theme.ThemeRegistry;

/**
 * The composition root: the one place that knows every feature, above all of them in the package
 * graph, so that {@code platform} wires none. Start-up order: the static files, the schema (Flyway), the department and its site from
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
    vn.edu.portal.demo.CityGenerator city;

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
    vn.edu.portal.security.AccountService accounts;

    @Inject
    Assets assets;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        long start = System.nanoTime();
        assets.load(event.getServletContext());
        themes.load(event.getServletContext());
        templates.load(event.getServletContext());
        migration.ensureMigrated();
        pageCache.setAggregateSiteId(sites.ensureDepartmentSite());
        String baseUrl = config.get("portal.public.base-url", "http://localhost:8080");
        pageCache.setTtlSeconds(config.getLong("portal.cache.ttl-seconds", 60));
        pageCache.setMaxBytes(config.getLong("portal.cache.max-mb", 128) * 1024 * 1024);
        PersistentBeans.makeAll(jakarta.enterprise.inject.spi.CDI.current().getBeanManager());
        searchIndexing.start();
        int sealed = accounts.sealTotpSecrets();
        if (sealed > 0) {
            LOG.info(() -> "Sealed " + sealed + " TOTP secrets stored in clear");
        }
        long prepared = System.nanoTime();
        if (config.demoEnabled()) {
            demo.loadOnce();
            searchIndexing.reindex(null);
            executor.execute(() -> {
                long pictures = System.nanoTime();
                demo.loadPictures();
                LOG.info(() -> String.format("Demo pictures loaded in %.1f s", (System.nanoTime() - pictures) / 1e9));
            });
            long loaded = System.nanoTime();
            LOG.info(() -> String.format("Start-up of the portal: %.1f s (files, schema, index %.1f s; demo data %.1f s)",
                    (loaded - start) / 1e9, (prepared - start) / 1e9, (loaded - prepared) / 1e9));
            LOG.info(demo.banner(baseUrl, StartupClock.describe()));
        } else {
            searchIndexing.catchUp();
            if (setup.needed()) {
                setup.announce(baseUrl);
            } else {
                LOG.info(() -> "School portal ready at " + baseUrl + "/");
            }
        }
        city.startIfConfigured();
        cluster.startPolling();
    }
}
