-- Audit of Systems for Attendance (seed 001_d6e7fd9cb3197d33.txt), version 1: statements 1.1 to
-- 1.11, each rated Red, Amber or Green with "How do you know?" (evidence) and "What action is
-- needed?". Ratings are stored as 1 (Red), 2 (Amber), 3 (Green) so they can be synthesised like
-- any other scale; responses in different bands, i.e. any difference, count as disagreement.
-- Statements as in the seed, including its spelling; the short titles are Rollcall's labels for lists.

INSERT INTO framework (framework_key, version, name, source, rating, scale_min, scale_max, disagreement_spread, description)
VALUES ('audit', 1, 'Audit of Systems for Attendance', '001_d6e7fd9cb3197d33.txt', 'RAG', 1, 3, 2,
'Process for using the audit tool:
Involve a range of staff (SLT, class teachers).
Ask team to complete individually at first.
Gather results back and synthesise the responses.
For a deeper analysis, you may wish to adapt to gather perspectives from parents, pupils and partners.
As a group, review the collective results — explore differences.
Develop a plan, consider — What are the priorities? Who needs to be involved? What are the first next steps? Who is overseeing the plan? How is the plan being monitored and measured? How do people stay in communication with each other about progress and next steps?');
SET @fw = LAST_INSERT_ID();

INSERT INTO framework_band (framework_id, rag, score_from, score_to, description) VALUES
  (@fw, 'RED', 1, 1, 'There is little or no evidence of school planning. There is no possibility of the plans policies or procedures having an impact on levels of attendance or reducing levels of persistent absence.
Targets are either not set or not sufficiently challenging. Data is collected irregularly or not analysed, or little or no connection is made between the data and the work of schools or the LA. Comparisons are either not made or it is not possible to make comparisons from the data.'),
  (@fw, 'AMBER', 2, 2, 'Most targets are aspirational and being met in the majority of cases. School planning is good but there is scope for some improvement. The plans, policies and procedures should be capable of delivering improved outcomes for attendance and reducing levels of persistent absence.
Data is collected and analysed and used to inform practice. However there is limited use of data or its dissemination to key people is restricted.'),
  (@fw, 'GREEN', 3, 3, 'There is clear evidence of school planning at all levels. The plans, policies and procedures are well embedded within school. The plans are designed to bring about school improvement and there is evidence of the plans having a positive impact on attendance and reducing levels of chronic absence.
Realistic and aspiring targets are in place and being met. Data is collected, analysed, and disseminated to school staff, pupils and parents, and other partners. The data is used to make helpful comparisons on a regular basis. The school and LA use the data at a strategic level to inform practice.');

INSERT INTO framework_heading (framework_id, position, part, code, title) VALUES (@fw, 1, 1, '1', 'Audit of Systems for Attendance');
SET @h = LAST_INSERT_ID();

INSERT INTO framework_item (heading_id, position, code, title, statement) VALUES
  (@h, 1, '1.1', 'Attendance policy', 'The school attendance policy is fit for purpose with written processes to reduce chronic absence and celebrate improved attendance'),
  (@h, 2, '1.2', 'Attendance lead on SLT', 'The attendance lead is a member of the senior leadership team (SLT), reporting on current trends and the impact of strategies in place'),
  (@h, 3, '1.3', 'Attendance team meetings', 'Our attendance team, led by SLT, meets at a minimum of 2 weeks, to analyse attendance data (both quantitative and qualitative) to identify:
- those pupils who’s attendance is dropping
- those who are making improvements
- those who are in the ‘at risk’ or ‘chronic absence’ category (see 1.4)
- any emerging patterns.
- monitoring vulnerable groups of pupils.'),
  (@h, 4, '1.4', 'Multi-tiered strategy', 'Our attendance team ensures that the schools multi-teared attendance strategy is actioned and regularly reviewed for it’s effectiveness.'),
  (@h, 5, '1.5', 'Staff procedures and training', 'All staff receive written procedures and regular training to clarify their roles and responsibilities in supporting pupil attendance'),
  (@h, 6, '1.6', 'Procedures for parents and pupils', 'Parents/carers & pupils, including new parents, receive written accessible procedures that make clear their responsibilities regarding pupil attendance, absence, punctuality and the link between attendance and attainment'),
  (@h, 7, '1.7', 'Attendance targets', 'Realistic and aspiring school attendance targets are set and shared with staff, parents, carers, and pupils.'),
  (@h, 8, '1.8', 'Electronic registration', 'Electronic registration systems are used for am/pm sessions to accurately register pupil attendance and record reasons for absence'),
  (@h, 9, '1.9', 'Weekly data to staff', 'Accurate attendance data is provided weekly to key staff and managers to inform them of causes, intervention or achievements'),
  (@h, 10, '1.10', 'Termly printouts for families', 'Parents/carers and pupils are informed on a minimum termly basis of attendance and/or persistent lateness via an attendance printout, and targets are set'),
  (@h, 11, '1.11', 'Registration codes monitored', 'The correct use of registration codes and reasons for absence provided by parents/carers is monitored and trends analysed at least annually');
