-- What an editor typed into the article form but has not saved yet, kept by the editor's
-- autosave (every few seconds while typing, and when the phone leaves the browser), so that a
-- session that expires or a browser that closes loses nothing. One row per person, site and
-- article (article_key 0: an article not created yet); deleted when the article is saved.
CREATE TABLE article_autosave (
    id            BIGINT        NOT NULL PRIMARY KEY,
    site_id       BIGINT        NOT NULL,
    username      VARCHAR(60)   NOT NULL,
    article_key   BIGINT        NOT NULL,
    base_version  INT,
    category_id   BIGINT,
    title         VARCHAR(400),
    summary       VARCHAR(2000),
    body          MEDIUMTEXT,
    tags          VARCHAR(500),
    cover_id      BIGINT,
    saved_at      DATETIME(3)   NOT NULL,
    CONSTRAINT uq_article_autosave_owner UNIQUE (site_id, username, article_key),
    CONSTRAINT fk_article_autosave_site FOREIGN KEY (site_id) REFERENCES site (id)
);
