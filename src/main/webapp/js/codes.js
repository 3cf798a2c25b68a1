// Register codes in words (DfE, from 19 August 2024, and the retired ones Rollcall still imports), for the
// key under a register: a code is never left to be guessed.
export const CODES = {
  '/': 'Present (morning)', '\\': 'Present (afternoon)', L: 'Late before the register closed (present)',
  K: 'Attending provision arranged by the local authority', V: 'Educational visit or trip', P: 'Approved sporting activity',
  W: 'Work experience', B: 'Other approved educational activity',
  C1: 'Regulated performance or employment abroad', M: 'Medical or dental appointment', J1: 'Interview',
  S: 'Study leave', C2: 'Part-time timetable', C: 'Other exceptional circumstances', T: 'Parent travelling (mobile)',
  R: 'Religious observance', I: 'Illness', E: 'Suspended or excluded',
  G: 'Holiday not authorised', N: 'Reason not yet given', O: 'Other unauthorised absence', U: 'Late after the register closed (absent)',
  D: 'Dual registered elsewhere', X: 'Not required to attend', Q: 'Unable to attend: lack of transport',
  Y1: 'Unable to attend: transport', Y2: 'Unable to attend: widespread disruption', Y3: 'Unable to attend: part of the premises closed',
  Y4: 'Unable to attend: whole school closed', Y5: 'Unable to attend: criminal justice detention', Y6: 'Unable to attend: public health guidance',
  Y7: 'Unable to attend: other unavoidable cause', Z: 'Not yet on roll', '#': 'Planned school closure',
  H: 'Holiday authorised (retired code)', F: 'Extended family holiday (retired code)', J: 'Interview (retired code)', Y: 'Unable to attend (retired code)',
};

export function codeMeaning(code) {
  return CODES[code] || 'Code not known to this page';
}
