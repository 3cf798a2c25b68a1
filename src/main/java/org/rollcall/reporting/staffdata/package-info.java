/** Staff data: one document per form and per year group, a row per pupil with the lowest attendance first. */
package org.rollcall.reporting.staffdata;
