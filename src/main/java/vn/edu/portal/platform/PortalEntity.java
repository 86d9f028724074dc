package vn.edu.portal.platform;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;

/**
 * Ids come from one table-backed generator: portable across H2, MariaDB and MySQL, and
 * allocated in blocks so that inserts do not each need a round trip.
 */
@MappedSuperclass
public abstract class PortalEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "portal_ids")
    @TableGenerator(name = "portal_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "portal", allocationSize = 50)
    protected Long id;

    public Long getId() {
        return id;
    }
}
