/** Build-time tools for the reports (run by Maven, left out of the WAR): the template compiler. */
package org.rollcall.reporting.build;
