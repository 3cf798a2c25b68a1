/** Report assembly (query to plain data objects), charts, and rendering of JasperReports templates to PDF. */
package org.rollcall.reporting;
