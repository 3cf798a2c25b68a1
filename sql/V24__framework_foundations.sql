-- 5 Foundations of Effective Attendance Practice (seed 004_bb9275d2c316401c.txt), version 1:
-- five foundations and KPIs 1.1 to 5.5, rated Red, Amber or Green (stored as 1, 2, 3 as in the
-- audit). The seed lost the foundations' names and parts of some KPI texts in conversion:
-- - each foundation's name is a short name taken from its description (reconstructed = 1);
-- - KPI 1.1/1.2 and 2.1/2.2 ran together in the seed and are split where the second begins;
-- - KPI 2.2 lost its end and two letters ("promotio", "clear a"), mended and marked;
-- - KPI 2.3 lost everything but "towards supporting and": rebuilt from the foundation's
--   description and marked. Everything not marked is as the seed wrote it.

INSERT INTO framework (framework_key, version, name, source, rating, scale_min, scale_max, disagreement_spread, description)
VALUES ('foundations', 1, '5 Foundations of Effective Attendance Practice', '004_bb9275d2c316401c.txt', 'RAG', 1, 3, 2,
        'A self-assessment of five foundations, each with five KPIs, rated Red, Amber or Green in the same way as the Audit of Systems for Attendance.');
SET @fw = LAST_INSERT_ID();

INSERT INTO framework_band (framework_id, rag, score_from, score_to, description) VALUES
  (@fw, 'RED', 1, 1, 'Red'),
  (@fw, 'AMBER', 2, 2, 'Amber'),
  (@fw, 'GREEN', 3, 3, 'Green');

INSERT INTO framework_heading (framework_id, position, part, code, title, description, reconstructed) VALUES (@fw, 1, 1, '1', 'Ethos and belonging',
  'The school has a fully embedded ethos in which excellent school attendance is expected, developed and nurtured. The escalated approach to supporting attendance is built on foundations of belonging and connectedness.', 1);
SET @h = LAST_INSERT_ID();
INSERT INTO framework_item (heading_id, position, code, title, statement, reconstructed, reconstruction_note) VALUES
  (@h, 1, '1.1', 'KPI 1.1', 'The Attendance Leader follows a structured framework for improving attendance. Aspirations and expectations for all children are ambitious and reinforced by staff.', 1,
   'KPI 1.1 and 1.2 ran together in the seed; the split between them is inferred, the words are the seed''s.'),
  (@h, 2, '1.2', 'KPI 1.2', 'The escalated approach is child-centred and supports children. The approach to improving attendance is consistently followed and built on solid foundations of connectedness and belonging.', 1,
   'KPI 1.1 and 1.2 ran together in the seed; the split between them is inferred, the words are the seed''s.'),
  (@h, 3, '1.3', 'KPI 1.3', 'The school environment ensures children feel accepted and respected. Familiar and consistent routines build a sense of security and safety for all children.', 0, NULL),
  (@h, 4, '1.4', 'KPI 1.4', 'Pupil voice allows children to build a sense of belonging. The school builds close working relationships with children and families.', 0, NULL),
  (@h, 5, '1.5', 'KPI 1.5', 'The Attendance Leader is challenged and supported appropriately by a Line Manager and link Governor for attendance.', 0, NULL);

INSERT INTO framework_heading (framework_id, position, part, code, title, description, reconstructed) VALUES (@fw, 2, 1, '2', 'Policy, systems and processes',
  'The approach to improving attendance is built on clear policies, systems and processes. This ensures continuous and sustainable improvement drives attendance practice. The attendance policy is understood by all stakeholders and allows the school to set, and maintain, high expectations to improve the culture of attendance.', 1);
SET @h = LAST_INSERT_ID();
INSERT INTO framework_item (heading_id, position, code, title, statement, reconstructed, reconstruction_note) VALUES
  (@h, 6, '2.1', 'KPI 2.1', 'Systems and processes for making decisions to implement support within the school are clear. The school understands when to involve and refer to outside agencies.', 1,
   'KPI 2.1 and 2.2 ran together in the seed; the split between them is inferred, the words are the seed''s.'),
  (@h, 7, '2.2', 'KPI 2.2', 'Progression and promotion within the school is clear and provides staff with the opportunities to develop', 1,
   'The seed reads "Progression and promotio within the school is clear a provides staff with the opportunities to develop": the cut letters are mended; the end of the KPI is lost.'),
  (@h, 8, '2.3', 'KPI 2.3', 'The attendance policy is understood by all stakeholders, who work together towards supporting and improving attendance.', 1,
   'Only "towards supporting and" survives in the seed; the rest is rebuilt from the foundation''s description.'),
  (@h, 9, '2.4', 'KPI 2.4', 'Other school policies supporting attendance improvements are reviewed focusing on actual impact.', 0, NULL),
  (@h, 10, '2.5', 'KPI 2.5', 'The Attendance Leader has a manageable set of priorities to achieve targets identified in the Attendance Action Planning document.', 0, NULL);

INSERT INTO framework_heading (framework_id, position, part, code, title, description, reconstructed) VALUES (@fw, 3, 1, '3', 'Expert team and partnerships',
  'The school prioritises developing a team of attendance experts, with a shared vision and core purpose. The Attendance Leader delivers bespoke training to support all staff to fully understand their role in improving attendance. External partnerships support attendance improvements through a multi-disciplinary approach for identified children and families.', 1);
SET @h = LAST_INSERT_ID();
INSERT INTO framework_item (heading_id, position, code, title, statement, reconstructed, reconstruction_note) VALUES
  (@h, 11, '3.1', 'KPI 3.1', 'Training supports staff to identify changes in behaviour or patterns of absence concerns. Staff understand their role in communicating any changes of concern.', 0, NULL),
  (@h, 12, '3.2', 'KPI 3.2', 'The Attendance Leader has a clear understanding of where specific expertise exists across the school, and how this expertise can be used to share practice and develop future leaders.', 0, NULL),
  (@h, 13, '3.3', 'KPI 3.3', 'The Attendance Leader and Line Manager meet regularly. Meetings systematically cover the different aspects of performance and improvement.', 0, NULL),
  (@h, 14, '3.4', 'KPI 3.4', 'Identified school staff receive bespoke training to continue the work of external professionals.', 0, NULL),
  (@h, 15, '3.5', 'KPI 3.5', 'External partnerships underpin early help support. Identified children are supported through a multi-disciplinary approach to improve attendance.', 0, NULL);

INSERT INTO framework_heading (framework_id, position, part, code, title, description, reconstructed) VALUES (@fw, 4, 1, '4', 'Data and analysis',
  'Data information and analysis direct resources proactively towards key demographic groups and identified individuals. The expert use of data analysis informs decision making at all levels. The attendance process ensures the Attendance Leader understands the reason for attendance concerns, these barriers can then be successfully supported and removed.', 1);
SET @h = LAST_INSERT_ID();
INSERT INTO framework_item (heading_id, position, code, title, statement, reconstructed, reconstruction_note) VALUES
  (@h, 16, '4.1', 'KPI 4.1', 'The Attendance Leader looks beyond headline data to understand variations and trends in performance. Key demographic groups are supported to close variations to other children.', 0, NULL),
  (@h, 17, '4.2', 'KPI 4.2', 'The MIS system is used effectively to analyse data. Data information is shared widely and informs regular, honest and action focused conversations.', 0, NULL),
  (@h, 18, '4.3', 'KPI 4.3', 'Early assessment provides an analysis of a child''s needs. Intervention programmes identifies precisely how children will be supported. The Attendance Leader plans reviews of the effectiveness of any programme.', 0, NULL),
  (@h, 19, '4.4', 'KPI 4.4', 'Targeted interventions focus on; self-awareness, emotional literacy, self-motivation and social skills development to support improvements in attendance. This will prevent initially more minor mental health problems from escalating and becoming of major significance.', 0, NULL),
  (@h, 20, '4.5', 'KPI 4.5', 'Performance and progress are benchmarked against national data and year on year attendance outcomes.', 0, NULL);

INSERT INTO framework_heading (framework_id, position, part, code, title, description, reconstructed) VALUES (@fw, 5, 1, '5', 'Deeper roots and rewards',
  'Connecting and belonging drives the school approach to supporting attendance. All staff are supported to understand ''deeper roots'' regarding poor attendance concerns. The school has developed, and embedded, an effective rewards system to further drive attendance improvements and celebrate success.', 1);
SET @h = LAST_INSERT_ID();
INSERT INTO framework_item (heading_id, position, code, title, statement, reconstructed, reconstruction_note) VALUES
  (@h, 21, '5.1', 'KPI 5.1', 'The Attendance Leader recognises that poor attendance may stem from previously undisclosed causes, all of which are understood and supported.', 0, NULL),
  (@h, 22, '5.2', 'KPI 5.2', 'The wider curriculum focuses on developing life skills to support all children. This approach proactively supports mental health and well-being concerns from escalating.', 0, NULL),
  (@h, 23, '5.3', 'KPI 5.3', 'School Leaders view continued poor behaviour as a cause of distress. Early identification and intervention support children, reducing the risk of exclusion.', 0, NULL),
  (@h, 24, '5.4', 'KPI 5.4', 'The school has an effective rewards system in place to support attendance improvements and celebrate success.', 0, NULL),
  (@h, 25, '5.5', 'KPI 5.5', 'The Attendance Leader proactively identifies the needs, and support required, for children new to school or returning to school after a long absence, including exclusions.', 0, NULL);
