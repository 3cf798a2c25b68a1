/**
 * Stage letters and the Notice to Improve: wording per stage, the pupil's figures and dates of
 * absence, one PDF per contact who receives correspondence, archived, emailed or put in the print file.
 */
package org.rollcall.casework.letters;
