/**
 * The accessible PDF pipeline behind {@code JasperRenderer}: JasperReports' own PDF exporter, extended where it
 * stops short of PDF/UA-1 and PDF/A-2a (decoration marked as artifacts, XMP identification, the sRGB output
 * intent, fonts without a partial /CIDSet), and the settings every export shares.
 */
package org.rollcall.reporting.pdf;
