/**
 * A school's attendance figures on the server: the roll and the marks read from MariaDB into
 * compact cached registers, counted for any window and handed to the statistics engine; the REST
 * resources that publish the results.
 */
package org.rollcall.attendance.measure;
