package vn.edu.portal;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.edu.portal.it.AdmissionSteps;
import vn.edu.portal.it.Deployments;
import vn.edu.portal.it.SecondNode;

/**
 * Every integration test of the portal against one deployment: Payara Micro starts once per
 * database instead of once per test class (a start costs about 30 seconds; CI has 20 minutes
 * for everything). Each feature's tests live in their own class, nested here; each creates
 * the schools and accounts it needs, so they run in any order. Browser stories carry the tag
 * {@code browser} and run on H2 only. One feature alone:
 * {@code mvn verify -Dit.test=PortalSuiteIT -Dgroups=procedure -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalSuiteIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    /** On a shared database, a second server starts in the background for the cluster tests. */
    @BeforeAll
    static void secondServer() {
        // The clock of the admission phases starts today, whatever an interrupted run left behind.
        AdmissionSteps.travel(0).close();
        if (!Deployments.embeddedDatabase()) {
            SecondNode.start();
        }
    }

    @AfterAll
    static void stopSecondServer() {
        SecondNode.stop();
    }

    @Nested
    @Tag("foundation")
    class Foundation extends PortalChecks {
    }

    @Nested
    @Tag("foundation")
    class FoundationInChromium extends FoundationPages {
    }

    @Nested
    @Tag("content")
    class Content extends ContentChecks {
    }

    @Nested
    @Tag("content")
    class ContentInChromium extends ContentPages {
    }

    @Nested
    @Tag("security")
    class StoredXssInChromium extends XssPages {
    }

    @Nested
    @Tag("security")
    class StoredXssEverywhereInChromium extends XssEverywherePages {
    }

    @Nested
    @Tag("security")
    class CrossTenant extends CrossTenantChecks {
    }

    @Nested
    @Tag("security")
    class SecurityHeaders extends SecurityHeaderChecks {
    }

    @Nested
    @Tag("security")
    class LoginAttacks extends LoginAttackChecks {
    }

    @Nested
    @Tag("security")
    class AccountAttacks extends AccountAttackChecks {
    }

    @Nested
    @Tag("security")
    class PersonalData extends PersonalDataChecks {
    }

    @Nested
    @Tag("security")
    class UploadEndpoints extends UploadEndpointChecks {
    }

    @Nested
    @Tag("procedure")
    class Procedures extends ProcedureChecks {
    }

    @Nested
    @Tag("disclosure")
    class Disclosures extends DisclosureChecks {
    }

    @Nested
    @Tag("disclosure")
    class DisclosuresInChromium extends DisclosurePages {
    }

    @Nested
    @Tag("admission")
    class Admission extends AdmissionChecks {
    }

    @Nested
    @Tag("admission")
    class AdmissionDataReview extends AdmissionReviewChecks {
    }

    @Nested
    @Tag("admission")
    class AdmissionInChromium extends AdmissionPages {
    }

    @Nested
    @Tag("admission")
    class AdmissionTrust extends AdmissionTrustChecks {
    }

    @Nested
    @Tag("admission")
    class EntryGrades extends EntryGradeChecks {
    }

    @Nested
    @Tag("admission")
    class EntryGradesInChromium extends EntryGradePages {
    }

    /** Two servers on one database: MariaDB only (the H2 run excludes the tag). */
    @Nested
    @Tag("cluster")
    class TwoServers extends ClusterChecks {
    }

    @Nested
    @Tag("security")
    class SecurityReview extends SecurityReviewChecks {
    }

    @Nested
    @Tag("security")
    class PermissionMatrix extends PermissionMatrixChecks {
    }

    @Nested
    @Tag("procedure")
    class LawInForce extends LawInForceChecks {
    }

    @Nested
    @Tag("disclosure")
    class DisclosureLaw extends DisclosureLawChecks {
    }

    @Nested
    @Tag("cluster")
    class CalendarOnTwoServers extends CalendarClusterChecks {
    }

    @Nested
    @Tag("console")
    class Console extends ConsoleChecks {
    }

    @Nested
    @Tag("console")
    class ConsoleInChromium extends ConsolePages {
    }

    @Nested
    @Tag("speed")
    class PublicSpeed extends SpeedChecks {
    }

    @Nested
    @Tag("speed")
    class PublicSpeedInChromium extends SpeedPages {
    }

    @Nested
    @Tag("monitoring")
    class Monitoring extends MonitoringChecks {
    }

    @Nested
    @Tag("department")
    class DepartmentPortal extends DepartmentChecks {
    }

    @Nested
    @Tag("department")
    class DepartmentPortalInChromium extends DepartmentPages {
    }

    @Nested
    @Tag("routes")
    class RouteContract extends RouteContractChecks {
    }

    @Nested
    @Tag("city")
    class GeneratedCity extends CityChecks {
    }
}
