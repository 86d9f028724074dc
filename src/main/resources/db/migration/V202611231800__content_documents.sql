-- Official documents (văn bản) a school publishes: plans, decisions, letters, notices.
CREATE TABLE official_document (
    id            BIGINT        NOT NULL PRIMARY KEY,
    site_id       BIGINT        NOT NULL,
    number        VARCHAR(60)   NOT NULL,
    doc_type      VARCHAR(30)   NOT NULL,
    issuer        VARCHAR(200)  NOT NULL,
    signer        VARCHAR(120),
    issued_on     DATE          NOT NULL,
    effective_on  DATE,
    summary       VARCHAR(1000) NOT NULL,
    media_id      BIGINT,
    published     BOOLEAN       NOT NULL,
    created_by    VARCHAR(60)   NOT NULL,
    created_at    DATETIME(3)   NOT NULL,
    updated_at    DATETIME(3)   NOT NULL,
    CONSTRAINT uq_official_document_number UNIQUE (site_id, number),
    CONSTRAINT fk_official_document_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_official_document_media FOREIGN KEY (media_id) REFERENCES media_file (id)
);
CREATE INDEX ix_official_document_public ON official_document (site_id, published, issued_on);
