/** The school's staff who receive staff data: form tutors with their forms, heads of year with their year groups. */
package org.rollcall.school.staff;
