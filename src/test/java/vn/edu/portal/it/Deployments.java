package vn.edu.portal.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the WAR that {@code mvn package} built,
 * deployed as ROOT so the portal answers at "/" as in production.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal() {
        File war = new File("target/portal.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/portal.war is missing: run mvn verify (package comes first)");
        }
        return ShrinkWrap.create(WebArchive.class, "ROOT.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war));
    }

    /** Where the server under test listens (set per database run by failsafe). */
    public static String baseUrl() {
        String url = System.getenv("PORTAL_IT_BASE_URL");
        return url == null ? "http://localhost:18080" : url;
    }

    /** The server's storage directory for this run (failsafe sets one per database; see the pom). */
    public static java.nio.file.Path storageDir() {
        return java.nio.file.Path.of("target", "it-storage-" + System.getProperty("it.database", "h2"));
    }

    public static boolean embeddedDatabase() {
        return !"mariadb".equals(System.getProperty("it.database", "h2"));
    }
}
