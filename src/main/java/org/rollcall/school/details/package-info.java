/** The school's own details the letters print: address, phone, email, website, headteacher and attendance champion. */
package org.rollcall.school.details;
