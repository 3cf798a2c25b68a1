/**
 * A school's attendance figures on the server: the services that read the roll and the marks of a
 * window ({@code store}) and hand them to the statistics engine; {@code rest} publishes the results.
 */
package org.rollcall.attendance.measure;
