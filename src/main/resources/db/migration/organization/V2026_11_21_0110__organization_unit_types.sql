-- The unit types an organisation starts with; administrators add their own through the API.
insert into org_unit_type (code, name_zh, name_en, sort_order, active) values
  ('company',          '公司',     'Company',                10,  true),
  ('branch',           '分公司',   'Branch',                 20,  true),
  ('district',         '区县',     'District',               30,  true),
  ('business_hall',    '营业厅',   'Business hall',          40,  true),
  ('power_station',    '供电所',   'Power-supply station',   50,  true),
  ('toll_station',     '收费站',   'Toll station',           60,  true),
  ('property_project', '物业项目', 'Property project',       70,  true),
  ('canteen',          '食堂',     'Canteen',                80,  true),
  ('warehouse',        '仓库',     'Warehouse',              90,  true),
  ('guard_post',       '岗亭',     'Guard post',             100, true),
  ('delivery_route',   '配送线路', 'Delivery route',         110, true),
  ('service_center',   '客服中心', 'Customer-service centre', 120, true),
  ('team',             '班组',     'Team',                   130, true);

-- The tree page lists the active children of a unit, and deactivation counts them.
create index org_unit_parent_active_idx on org_unit (parent_id, active);
