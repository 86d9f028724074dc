package vn.edu.portal.admission;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import vn.edu.portal.forms.FormCodes;
import vn.edu.portal.security.LookupGuard;

/**
 * The results look-up of {@code tuyen-sinh/ket-qua}: the code and the child's ID number, on any
 * school of the round. Throttled and audited ({@link LookupGuard}), so the ID cannot be guessed by
 * trying; a wrong code and a wrong number answer alike.
 * <p>
 * It reads the seven columns the answer shows in one statement, not the application's entity of
 * 54 columns: on the results morning every family of a city looks itself up, and building the
 * entity was a third of the server's work per look-up ({@code docs/benchmarks.md}, "the results
 * look-up read lean"). Read outside any transaction, as the entity was.
 */
@ApplicationScoped
public class AdmissionResults {

    /** What a family's look-up shows of its application: never its name in full, its ID or its contacts. */
    public record Found(long siteId, long campaignId, String code, String maskedName, ApplicationStatus status,
                        Long resultSiteId, Integer waitingPosition) {
    }

    private static final String BY_CODE = "SELECT site_id, campaign_id, code, masked_name, status, result_site_id,"
            + " waiting_position, personal_id FROM admission_application WHERE code = ?";

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Inject
    LookupGuard lookups;

    /**
     * The application of {@code typedCode} if {@code typedId} is its child's ID number (compared in
     * constant time); empty otherwise. Counted and audited as every look-up by a code and a secret.
     */
    public Optional<Found> result(String typedCode, String typedId, String ip) {
        String code = FormCodes.normalise(typedCode);
        lookups.check("admission.result", code, ip);
        String id = PersonalId.normalise(typedId);
        Optional<Found> found = code.isEmpty() || id.isEmpty() ? Optional.empty() : byCode(code, id);
        lookups.outcome("admission.result", found.map(Found::siteId).orElse(null), code, found.isPresent(), ip);
        return found;
    }

    private Optional<Found> byCode(String code, String id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(BY_CODE)) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String personalId = rs.getString(8);
                if (personalId == null || !MessageDigest.isEqual(personalId.getBytes(StandardCharsets.US_ASCII),
                        id.getBytes(StandardCharsets.US_ASCII))) {
                    return Optional.empty();
                }
                long resultSite = rs.getLong(6);
                Long resultSiteId = rs.wasNull() ? null : resultSite;
                int position = rs.getInt(7);
                Integer waitingPosition = rs.wasNull() ? null : position;
                return Optional.of(new Found(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        ApplicationStatus.valueOf(rs.getString(5)), resultSiteId, waitingPosition));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the application " + code + " failed", e);
        }
    }
}
