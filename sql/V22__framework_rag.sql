-- 'RAG' School Reporting Framework: Reducing Persistent Absence (seed 000_eac4d6e1b1b04e38.txt),
-- version 1. Two parts, four headings, nine chevrons, each scored 1 (Red) to 12 (Green).
-- The seed's table came out of a PDF with questions and descriptors shifted between rows; each
-- chevron's example questions are set back beside the Red and Green descriptors they belong to.
-- Where the seed gives no descriptor for a question, the column is NULL (nothing is invented).
--
-- Scale to RAG (Rollcall's choice; the seed only fixes the ends): 1-4 Red, 5-8 Amber, 9-12 Green,
-- three equal bands. Respondents disagree when their scores fall in different bands or span 3 or
-- more points (e.g. 5 and 8, both Amber, are a notable difference on a 12-point scale).

INSERT INTO framework (framework_key, version, name, source, rating, scale_min, scale_max, disagreement_spread, description)
VALUES ('rag', 1, 'RAG School Reporting Framework: Reducing Persistent Absence', '000_eac4d6e1b1b04e38.txt',
        'SCALE', 1, 12, 3,
        'Schools - Reducing Persistent Absence. Each chevron is scored from 1 (Red) to 12 (Green) against its example questions and its Red and Green descriptors.');
SET @fw = LAST_INSERT_ID();

INSERT INTO framework_band (framework_id, rag, score_from, score_to, description) VALUES
  (@fw, 'RED', 1, 4, 'Scores 1 to 4: closer to the Red descriptors.'),
  (@fw, 'AMBER', 5, 8, 'Scores 5 to 8: between the Red and the Green descriptors.'),
  (@fw, 'GREEN', 9, 12, 'Scores 9 to 12: closer to the Green descriptors.');

-- Part 1 ------------------------------------------------------------------------------------
INSERT INTO framework_heading (framework_id, position, part, code, title) VALUES (@fw, 1, 1, '1.1', 'Recent Performance');
SET @h = LAST_INSERT_ID();

INSERT INTO framework_item (heading_id, position, code, title, guidance_key) VALUES (@h, 1, '1.1', 'Recent data', 'recent-data');
SET @i = LAST_INSERT_ID();
INSERT INTO framework_question (item_id, position, question, red, green) VALUES
  (@i, 1, 'Are pupils who are likely to meet PA criteria identified regularly/early?',
          'Pupils not identified', 'Pupils with PA identified regularly'),
  (@i, 2, 'Are the number of pupils identified less than the number in the same period last year?',
          'No. of pupils meeting PA criteria has increased', 'No. of pupils with PA is consistently below the number for the same period last year'),
  (@i, 3, 'Is data fully analyzed to identify the types of absence that these pupils have acquired? Is the school using the analysis of data to target effective interventions?',
          'Data not used in this way', 'Reasons for PA are identified per pupil and issues fully addressed'),
  (@i, 4, 'Is the school providing accurate data to the Children''s Services on time?',
          'School consistently fails to return data to LA when requested', 'School always provides LA with data when requested');

INSERT INTO framework_heading (framework_id, position, part, code, title) VALUES (@fw, 2, 1, '1.2', 'Capacity to drive progress');
SET @h = LAST_INSERT_ID();

INSERT INTO framework_item (heading_id, position, code, title, guidance_key) VALUES (@h, 2, '1.2a', 'Priority', 'priority');
SET @i = LAST_INSERT_ID();
INSERT INTO framework_question (item_id, position, question, red, green) VALUES
  (@i, 1, 'Is the school Attendance Leader a member of SLT?',
          'The school does not have an identified lead for attendance', 'Attendance Leader is a member of SLT'),
  (@i, 2, 'Is there a whole school approach to improving attendance which included PA pupils? Is the school effectively targeting PA pupils with appropriate interventions?',
          'PA is not an area that receives attention', 'Evidence of effective whole school approach is available with PA pupils appropriately targeted'),
  (@i, 3, 'Does the school policy have a clear escalation of interventions?',
          'The school has no clear escalation policy', 'Clear escalation policy in place'),
  (@i, 4, 'Do departmental plans reflect an understanding of and makes links between attendance and attainment?',
          'Attendance is not written into departmental plans', 'Departmental plans make links between attendance and attainment');

INSERT INTO framework_item (heading_id, position, code, title, guidance_key) VALUES (@h, 3, '1.2b', 'Resource allocation & capacity', 'resource-allocation');
SET @i = LAST_INSERT_ID();
INSERT INTO framework_question (item_id, position, question, red, green) VALUES
  (@i, 1, 'Do staff have appropriate amounts of time to implement policy?',
          'Staff do not have sufficient time to carry out attendance responsibilities', 'Staff have appropriate amounts of time to undertake roles'),
  (@i, 2, 'Is the school supported appropriately by outside agencies? Is the school developing appropriate partnerships to support PA pupils?',
          'The school makes little use of partners', 'Outside partners actively engaged'),
  (@i, 3, 'Have all staff received appropriate training in roles and responsibilities?',
          'Regular training is not provided to staff concerning roles and responsibilities.', 'Regular attendance related CPD provided to staff');

INSERT INTO framework_item (heading_id, position, code, title, guidance_key) VALUES (@h, 4, '1.2c', 'Co-ordination of resources', 'coordination');
SET @i = LAST_INSERT_ID();
INSERT INTO framework_question (item_id, position, question, red, green) VALUES
  (@i, 1, 'Does the school policy/strategy for improving attendance identify the roles of staff and procedures to be followed?',
          'Roles and procedures are not identified', 'Written roles and responsibilities available for all staff'),
  (@i, 2, 'Does the school have SLA, or similar, with partner agencies?',
          'There are no written SLAs with partners', NULL),
  (@i, 3, 'Does the outcome from monitoring ensure interventions are focused/used appropriately?',
          'Interventions are not monitored', 'Interventions are monitored and evaluated'),
  (@i, 4, 'Is there a specific escalation of early interventions to prevent pupils meeting the threshold for PA?',
          'Pupils with PA are not monitored and/or interventions strategically planned.', 'Evidence of escalation processes exists');

INSERT INTO framework_item (heading_id, position, code, title, guidance_key) VALUES (@h, 5, '1.2d', 'Relationships and engagement', 'relationships');
SET @i = LAST_INSERT_ID();
INSERT INTO framework_question (item_id, position, question, red, green) VALUES
  (@i, 1, 'Does the school have effectively working practices with appropriate partners?',
          'Partners not used', 'Full range of partners work with the school to improve attendance'),
  (@i, 2, 'Does the school attendance leader have effective networking with Children''s Services and other schools?',
          'School Attendance Leader, in this role, does not network outside of the school', 'School Attendance Leader involved in LA network opportunities');

-- Part 2 ("Schools (continued)") -------------------------------------------------------------
INSERT INTO framework_heading (framework_id, position, part, code, title) VALUES (@fw, 3, 2, '2.1', 'Quality of planning');
SET @h = LAST_INSERT_ID();

INSERT INTO framework_item (heading_id, position, code, title, guidance_key) VALUES (@h, 6, '2.1', 'Policy Framework', 'policy-framework');
SET @i = LAST_INSERT_ID();
INSERT INTO framework_question (item_id, position, question, red, green) VALUES
  (@i, 1, 'Does the school regularly review its strategy, policy and practice in relation to improving attendance?',
          'No formal strategy in place or roles and responsibilities which are unclear', 'Policy and procedures kept under constant review and all staff know how to feed into this.'),
  (@i, 2, 'Does each pupil with PA have an individual action plan for improvement which is regularly reviewed and shared with pupils and parents/ carers?',
          'Plans not developed for pupils with PA. No review system', 'Plans exist for all pupils with attendance issues including all pupils likely to become PA'),
  (@i, 3, 'Is the management of attendance based within a fast track timescale.',
          'Interventions are not time limited', 'All interventions are time limited and tis is monitored by SLT');

INSERT INTO framework_heading (framework_id, position, part, code, title) VALUES (@fw, 4, 2, '2.2', 'Performance Management');
SET @h = LAST_INSERT_ID();

INSERT INTO framework_item (heading_id, position, code, title, guidance_key) VALUES (@h, 7, '2.2a', 'Performance monitoring and management', 'performance-monitoring');
SET @i = LAST_INSERT_ID();
INSERT INTO framework_question (item_id, position, question, red, green) VALUES
  (@i, 1, 'Is attendance policy and practice rigorously and robustly monitored and is impact measured?',
          'No regular monitoring exists', 'Policy and practice constantly monitored and assessed'),
  (@i, 2, 'Do governors oversee this monitoring process? Is the effectiveness of interventions monitored regularly?',
          'Governors not involved', 'Governors actively involved in reviewing policy and fully understand practice within the school'),
  (@i, 3, 'Is first day contact used effectively and are actions taken with parents who fail in their parental responsibility?',
          'First day contact is not used and/or monitored', 'First day contact is used and evidence of impact considered'),
  (@i, 4, 'Are pupils aware of their individual level of attendance and the target they need to achieve?',
          'Individual targets not set for pupils', 'All pupils have individual attendance targets'),
  (@i, 5, 'Are the links between attainment and attendance understood and actions to manage these implemented?',
          'No links made', 'Links between attendance and attainment are made and disseminated to pupils');

INSERT INTO framework_item (heading_id, position, code, title, guidance_key) VALUES (@h, 8, '2.2b', 'Strategic framework', 'strategic-framework');
SET @i = LAST_INSERT_ID();
INSERT INTO framework_question (item_id, position, question, red, green) VALUES
  (@i, 1, 'Does the SEF consider the need to improve and sustain levels of attendance?',
          'Attendance not specifically referred to in the SEF', 'Attendance is included within the SEF'),
  (@i, 2, 'Does the school use this school framework on a regular basis to update performance and determine actions for improvement?',
          NULL, 'School can evidence how its strategies to improve attendance are having a positive effect within the school.');

INSERT INTO framework_item (heading_id, position, code, title, guidance_key) VALUES (@h, 9, '2.2c', 'Communications', 'communications');
SET @i = LAST_INSERT_ID();
INSERT INTO framework_question (item_id, position, question, red, green) VALUES
  (@i, 1, 'Do pupils & parents receive regular updates on pupil attendance? Is the work on attendance reported on a regular basis to teaching and non teaching staff, governors, parents/carers?',
          'Attendance is not reported on to these groups', 'Pupils receive regular feedback on their attendance rates together with individual targets. Staff receive attendance data per form/year and subject group.'),
  (@i, 2, 'Does the school plan the promotion of attendance throughout the academic year using a range of media?',
          'Media is very seldom used', 'Media is used effectively.');
