package vn.edu.portal.tenant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

@Entity
@Table(name = "department")
public class Department extends PortalEntity {

    private String name;
    private String domain;
    @jakarta.persistence.Column(name = "created_at")
    private Instant createdAt;

    protected Department() {
    }

    public Department(String name, String domain) {
        this.name = name;
        this.domain = domain;
        this.createdAt = Instant.now();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDomain() {
        return domain;
    }
}
