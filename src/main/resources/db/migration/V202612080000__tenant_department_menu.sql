-- The department portal's menu (issue 17): a department site made before this version gets the entries
-- of SiteService.DEPARTMENT_MENU if its menu is still empty (a menu the department edited stays as it is;
-- a site made from now on gets them when it is made). Ids are taken just above id_sequence's count, which
-- is then moved past them: EclipseLink hands out ids up to the count it has read, never above.
INSERT INTO menu_item (id, site_id, label, link, position)
SELECT q.seq + e.position + 1, s.id, e.label, e.link, e.position
  FROM site s
 CROSS JOIN (SELECT seq_count AS seq FROM id_sequence WHERE seq_name = 'portal') q
 CROSS JOIN (SELECT 0 AS position, 'Tin tức các trường' AS label, 'tin-tuc' AS link
             UNION ALL SELECT 1, 'Văn bản', 'van-ban'
             UNION ALL SELECT 2, 'Công khai', 'cong-khai'
             UNION ALL SELECT 3, 'Thủ tục hành chính', 'thu-tuc-cac-truong'
             UNION ALL SELECT 4, 'Tuyển sinh', 'tuyen-sinh'
             UNION ALL SELECT 5, 'Trường học', 'truong-hoc'
             UNION ALL SELECT 6, 'Dữ liệu mở', 'du-lieu-mo') e
 WHERE s.kind = 'DEPARTMENT'
   AND NOT EXISTS (SELECT 1 FROM menu_item m WHERE m.site_id = s.id);
UPDATE id_sequence SET seq_count = seq_count + 50 WHERE seq_name = 'portal';
