-- Portable between H2 (MODE=MySQL), MariaDB 10.11 and MySQL 8: no engine or charset clauses
-- (the database is created utf8mb4, see docs/mysql.md), no vendor-only syntax.
-- Constraint and index names are unique across the schema because H2 requires it.

CREATE TABLE id_sequence (
    seq_name  VARCHAR(50) NOT NULL PRIMARY KEY,
    seq_count BIGINT      NOT NULL
);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('portal', 1000);

CREATE TABLE department (
    id           BIGINT       NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    domain       VARCHAR(200) NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    CONSTRAINT uq_department_domain UNIQUE (domain)
);

CREATE TABLE site (
    id            BIGINT        NOT NULL PRIMARY KEY,
    department_id BIGINT        NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    slug          VARCHAR(63)   NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    level         VARCHAR(20),
    ownership     VARCHAR(20)   NOT NULL,
    district      VARCHAR(120),
    address       VARCHAR(300),
    phone         VARCHAR(40),
    email         VARCHAR(200),
    principal     VARCHAR(120),
    description   VARCHAR(1000),
    template_key  VARCHAR(40),
    theme_key     VARCHAR(40)   NOT NULL,
    logo_path     VARCHAR(300),
    logo_type     VARCHAR(60),
    logo_version  INT           NOT NULL DEFAULT 0,
    created_at    DATETIME(3)   NOT NULL,
    updated_at    DATETIME(3)   NOT NULL,
    row_version   INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_site_slug UNIQUE (slug),
    CONSTRAINT fk_site_department FOREIGN KEY (department_id) REFERENCES department (id)
);
CREATE INDEX ix_site_level ON site (level);

CREATE TABLE site_alias (
    id      BIGINT       NOT NULL PRIMARY KEY,
    site_id BIGINT       NOT NULL,
    host    VARCHAR(253) NOT NULL,
    CONSTRAINT uq_site_alias_host UNIQUE (host),
    CONSTRAINT fk_site_alias_site FOREIGN KEY (site_id) REFERENCES site (id)
);

CREATE TABLE account (
    id              BIGINT       NOT NULL PRIMARY KEY,
    username        VARCHAR(60)  NOT NULL,
    full_name       VARCHAR(120) NOT NULL,
    email           VARCHAR(200),
    password_hash   VARCHAR(400) NOT NULL,
    active          BOOLEAN      NOT NULL,
    failed_logins   INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(3),
    last_login_at   DATETIME(3),
    created_at      DATETIME(3)  NOT NULL,
    CONSTRAINT uq_account_username UNIQUE (username)
);

CREATE TABLE site_role (
    id         BIGINT      NOT NULL PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    site_id    BIGINT      NOT NULL,
    role       VARCHAR(30) NOT NULL,
    CONSTRAINT uq_site_role UNIQUE (account_id, site_id, role),
    CONSTRAINT fk_site_role_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_site_role_site FOREIGN KEY (site_id) REFERENCES site (id)
);
CREATE INDEX ix_site_role_site ON site_role (site_id);

CREATE TABLE audit_entry (
    id        BIGINT        NOT NULL PRIMARY KEY,
    at        DATETIME(3)   NOT NULL,
    actor     VARCHAR(60)   NOT NULL,
    site_id   BIGINT,
    action    VARCHAR(60)   NOT NULL,
    detail    VARCHAR(1000),
    ip        VARCHAR(64)
);
CREATE INDEX ix_audit_site_at ON audit_entry (site_id, at);

CREATE TABLE category (
    id       BIGINT       NOT NULL PRIMARY KEY,
    site_id  BIGINT       NOT NULL,
    slug     VARCHAR(80)  NOT NULL,
    name     VARCHAR(200) NOT NULL,
    position INT          NOT NULL,
    CONSTRAINT uq_category_site_slug UNIQUE (site_id, slug),
    CONSTRAINT fk_category_site FOREIGN KEY (site_id) REFERENCES site (id)
);

CREATE TABLE page (
    id         BIGINT       NOT NULL PRIMARY KEY,
    site_id    BIGINT       NOT NULL,
    parent_id  BIGINT,
    slug       VARCHAR(80)  NOT NULL,
    title      VARCHAR(300) NOT NULL,
    body       MEDIUMTEXT   NOT NULL,
    position   INT          NOT NULL,
    published  BOOLEAN      NOT NULL,
    updated_at DATETIME(3)  NOT NULL,
    CONSTRAINT uq_page_site_slug UNIQUE (site_id, slug),
    CONSTRAINT fk_page_site FOREIGN KEY (site_id) REFERENCES site (id)
);

CREATE TABLE menu_item (
    id          BIGINT       NOT NULL PRIMARY KEY,
    site_id     BIGINT       NOT NULL,
    label       VARCHAR(120) NOT NULL,
    link        VARCHAR(500) NOT NULL,
    position    INT          NOT NULL,
    CONSTRAINT fk_menu_item_site FOREIGN KEY (site_id) REFERENCES site (id)
);
CREATE INDEX ix_menu_item_site ON menu_item (site_id, position);
