/** The parent printout: one page per pupil and addressee in plain words, its data beans, wording and chart. */
package org.rollcall.reporting.printout;
