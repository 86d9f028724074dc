-- The department's dashboards count each school's visible articles of the school year
-- (PublishedArticles.countVisibleBySite: status, not deleted, published between two days, by
-- site). With (status, publish_at) the statement fetched every article of the year to read its
-- deleted_at and site_id: 0.14 s with 72,000 articles of 2,000 schools on MariaDB. The same index
-- with those two columns after it answers alone (0.04 s), and still serves every query the old
-- one served (the news of all schools: status, then publish_at).
ALTER TABLE article DROP INDEX ix_article_all_public;
CREATE INDEX ix_article_all_public ON article (status, publish_at, deleted_at, site_id);
