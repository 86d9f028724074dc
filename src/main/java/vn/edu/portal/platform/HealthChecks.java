package vn.edu.portal.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** MicroProfile Health: live while the application runs, ready while the database answers. */
@ApplicationScoped
public class HealthChecks {

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Produces
    @Liveness
    HealthCheck live() {
        return () -> HealthCheckResponse.up("portal");
    }

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            try (Connection connection = dataSource.getConnection()) {
                return HealthCheckResponse.named("database").status(connection.isValid(2)).build();
            } catch (Exception e) {
                return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
            }
        };
    }
}
