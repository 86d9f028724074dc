-- The families' requests and applications are a role's of their own (HANDLER, "cán bộ tiếp nhận hồ sơ"), no longer
-- the content approver's: an approver of news read every child's application and health note (domain.md §6, need to
-- know). An approver of a site made before this version keeps that work, as a HANDLER role of the same site, so that no
-- school loses its hands on an admission morning; its school admin takes the role away where it is not needed.
-- Ids are taken above id_sequence's count (by the old row's id, unique), which is then moved past them: EclipseLink
-- hands out ids up to the count it has read, never above.
INSERT INTO site_role (id, account_id, site_id, role)
SELECT q.seq + r.id, r.account_id, r.site_id, 'HANDLER'
  FROM site_role r
 CROSS JOIN (SELECT seq_count AS seq FROM id_sequence WHERE seq_name = 'portal') q
 WHERE r.role = 'APPROVER'
   AND NOT EXISTS (SELECT 1 FROM site_role h WHERE h.account_id = r.account_id AND h.site_id = r.site_id AND h.role = 'HANDLER');
UPDATE id_sequence SET seq_count = seq_count + (SELECT COALESCE(MAX(id), 0) FROM site_role) + 50 WHERE seq_name = 'portal';
