/** The roll and the marks read from MariaDB (JDBC) into compact registers, the register cache, terms and the stored code book. */
package org.rollcall.attendance.measure.store;
