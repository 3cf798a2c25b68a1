/** The REST resources of the attendance figures and the JSON they answer with. */
package org.rollcall.attendance.measure.rest;
